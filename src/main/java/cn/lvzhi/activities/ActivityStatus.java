package cn.lvzhi.activities;

import cn.lvzhi.shared.Problem;

/**
 * Where a record stands (DOMAIN.md, "Where the text is silent" 4): reported by the representative
 * (已报送), recorded and forwarded by the workstation (已登记), verified and scored by the office
 * (已核实), rejected (不予认定), returned for more information (已退回), revoked after a review
 * (已撤销); or, hard to judge, referred by the office to the evaluation group (待考评小组复核,
 * DOMAIN.md 12), who verify, reject or return it.
 */
public enum ActivityStatus {
	SUBMITTED, RECORDED, VERIFIED, REJECTED, RETURNED, REVOKED, REFERRED;

	/** Whether a record in this state still counts as a possible duplicate of another. */
	public boolean isLive() {
		return this != REJECTED && this != REVOKED;
	}

	/** Whether the record is still in the representative's hands: reported, or returned to them. */
	public boolean isOpen() {
		return this == SUBMITTED || this == RETURNED;
	}

	/** Whether the office or the evaluation group has decided the record: verified, rejected or revoked. */
	public boolean isDecided() {
		return this == VERIFIED || this == REJECTED || this == REVOKED;
	}

	/** Refuses (409) to move a record in this state unless it is one of {@code allowed}. */
	void requireOneOf(ActivityStatus... allowed) {
		for (ActivityStatus s : allowed) {
			if (this == s) {
				return;
			}
		}
		throw new Problem.Conflict("activities.problem.wrong-state", name());
	}
}
