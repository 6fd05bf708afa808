package cn.lvzhi.casework;

import cn.lvzhi.shared.Problem;

/**
 * Where an appeal (群众诉求) stands: received at a workstation (已登记), taken on by a
 * representative as proxy (已代理), routed to a handling unit with a due date (办理中), resolved
 * with a written result (已办结), rated by the constituent (已评价). A dissatisfied result reopened by
 * its proxy goes back to {@code PROXIED}, to be routed again. Each appeal is in exactly one state.
 */
public enum AppealStatus {
	RECEIVED, PROXIED, ASSIGNED, RESOLVED, RATED;

	/** Whether the appeal still waits for its result: received, proxied or assigned. */
	public boolean isUnresolved() {
		return this == RECEIVED || this == PROXIED || this == ASSIGNED;
	}

	/** Refuses (409) a step from this state unless it is one of {@code allowed}. */
	void requireOneOf(AppealStatus... allowed) {
		for (AppealStatus s : allowed) {
			if (this == s) {
				return;
			}
		}
		throw new Problem.Conflict("casework.problem.wrong-state", name());
	}
}
