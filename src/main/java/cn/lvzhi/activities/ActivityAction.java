package cn.lvzhi.activities;

import java.util.Set;

import cn.lvzhi.shared.CurrentUser;

/**
 * What a user may do next with a record, so that a page shows only the buttons that will work.
 * Who may take which action in which state is {@link ActivityPolicy}'s to say; {@link Activities}
 * enforces the same policy and {@link ActivityRecord} guards its states (a stale page gets 409 or
 * 403, never a wrong transition); {@code ActivityActionTests} holds the buttons to the aggregate.
 */
public enum ActivityAction {

	/** Record and forward a reported activity (staff of the representative's workstation). */
	RECORD,
	/**
	 * Verify a recorded activity (the office), or, with a reason, a rejected one after a review or a
	 * referred one (the evaluation group).
	 */
	VERIFY,
	/** Reject a reported or recorded activity (the office), or a referred one (the evaluation group). */
	REJECT,
	/** Return a recorded activity for more information (the office), or a referred one (the evaluation group). */
	RETURN,
	/** Refer a recorded activity that is hard to judge (难以评定) to the evaluation group (the office). */
	REFER,
	/** Revoke a verified record (the evaluation group). */
	REVOKE,
	/** Amend a returned record (the representative, the staff of their workstation). */
	AMEND,
	/**
	 * Add evidence files (the representative while open or while their review of the decided record
	 * is open, staff until decided, the office until revoked).
	 */
	ADD_EVIDENCE;

	/** Whether this action decides the record, which nobody does about themself. */
	public boolean isDecision() {
		return this == VERIFY || this == REJECT || this == RETURN || this == REFER || this == REVOKE;
	}

	/**
	 * The actions open to {@code user} on {@code record} ({@link ActivityPolicy#actions});
	 * {@code staffOfRepresentative} says whether the user works at the representative's community
	 * or industry workstation, {@code underReview} whether a review request about the record is
	 * open.
	 */
	public static Set<ActivityAction> of(CurrentUser user, ActivityRecord record, boolean staffOfRepresentative,
			boolean underReview) {
		return ActivityPolicy.of(user, record, staffOfRepresentative).actions(record.status(), () -> underReview);
	}
}
