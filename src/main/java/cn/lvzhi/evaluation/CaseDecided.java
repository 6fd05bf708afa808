package cn.lvzhi.evaluation;

import cn.lvzhi.shared.Auditable;

/**
 * The evaluation group decided a review request ({@code REVIEW_REQUEST}) or a complaint
 * ({@code COMPLAINT}); an amendment's own change (revocation, verification, adjustment) is
 * audited by the module that made it, in the same transaction.
 */
public record CaseDecided(long districtId, String recordType, long caseId, Outcome outcome, Amendment amendment,
		String reason) implements Auditable {

	public static final String REVIEW = "REVIEW_REQUEST";

	public static final String COMPLAINT = "COMPLAINT";

	@Override
	public String action() {
		return REVIEW.equals(recordType) ? "REVIEW_DECIDED" : "COMPLAINT_DECIDED";
	}

	@Override
	public String recordId() {
		return Long.toString(caseId);
	}

	@Override
	public String summary() {
		String amended = amendment == null ? ""
				: " (" + amendment.type() + (amendment.points() == null ? "" : " " + amendment.points()) + ")";
		return outcome + amended + ": " + reason;
	}
}
