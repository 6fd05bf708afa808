package cn.lvzhi.evaluation;

import cn.lvzhi.shared.Auditable;

/** A representative asked for a review of a decision on their own record. */
public record ReviewRequested(long districtId, long reviewId, long activityId, long representativeId)
		implements Auditable {

	@Override
	public String action() {
		return "REVIEW_REQUESTED";
	}

	@Override
	public String recordType() {
		return "REVIEW_REQUEST";
	}

	@Override
	public String recordId() {
		return Long.toString(reviewId);
	}

	@Override
	public String summary() {
		return "review of record " + activityId + " requested by representative " + representativeId;
	}
}
