package cn.lvzhi.evaluation;

import cn.lvzhi.shared.Auditable;

/**
 * A question or complaint was submitted (by a signed-in user or anonymously). The summary names
 * what it is about, never its content or contact.
 */
public record ComplaintSubmitted(long districtId, long complaintId, Long representativeId, Long activityId)
		implements Auditable {

	@Override
	public String action() {
		return "COMPLAINT_SUBMITTED";
	}

	@Override
	public String recordType() {
		return "COMPLAINT";
	}

	@Override
	public String recordId() {
		return Long.toString(complaintId);
	}

	@Override
	public String summary() {
		return "complaint" + (representativeId == null ? "" : " about representative " + representativeId)
				+ (activityId == null ? "" : ", record " + activityId);
	}
}
