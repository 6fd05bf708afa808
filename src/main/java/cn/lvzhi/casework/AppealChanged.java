package cn.lvzhi.casework;

import cn.lvzhi.shared.Auditable;

/**
 * A step of an appeal was taken (registered, proxied, assigned, followed up, resolved, rated,
 * a rating link issued, reopened), published in the step's transaction for the audit trail. The
 * summary names the workstation and the state, never the constituent.
 */
public record AppealChanged(long districtId, long appealId, long workstationId, AppealAction step,
		AppealStatus status) implements Auditable {

	static AppealChanged of(Appeal appeal, AppealAction step) {
		return new AppealChanged(appeal.districtId(), appeal.id(), appeal.workstationId(), step, appeal.status());
	}

	@Override
	public String action() {
		return switch (step) {
			case REGISTER -> "APPEAL_REGISTERED";
			case PROXY -> "APPEAL_PROXIED";
			case ASSIGN -> "APPEAL_ASSIGNED";
			case FOLLOW_UP -> "APPEAL_FOLLOWED_UP";
			case RESOLVE -> "APPEAL_RESOLVED";
			case RATE -> "APPEAL_RATED";
			case RATING_LINK -> "APPEAL_RATING_LINK_ISSUED";
			case REOPEN -> "APPEAL_REOPENED";
		};
	}

	@Override
	public String recordType() {
		return "APPEAL";
	}

	@Override
	public String recordId() {
		return Long.toString(appealId);
	}

	@Override
	public String summary() {
		return "appeal " + appealId + " at workstation " + workstationId + ": " + status;
	}
}
