package cn.lvzhi.activities;

import cn.lvzhi.shared.Problem;

/**
 * Why a record was rejected, returned, revoked or verified after a review: required, without
 * surrounding blanks, at most {@link ActivityRecord#REASON_MAX} characters.
 */
record DecisionReason(String text) {

	/** The reason given, checked: 422 on the {@code reason} field when missing or too long. */
	static DecisionReason of(String reason) {
		String why = ActivityDetails.clean(reason);
		if (why == null) {
			throw Problem.Invalid.field("reason", "validation.required");
		}
		if (why.length() > ActivityRecord.REASON_MAX) {
			throw Problem.Invalid.field("reason", "validation.too-long", ActivityRecord.REASON_MAX);
		}
		return new DecisionReason(why);
	}
}
