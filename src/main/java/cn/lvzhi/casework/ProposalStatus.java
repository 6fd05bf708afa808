package cn.lvzhi.casework;

import cn.lvzhi.shared.Problem;

/**
 * Where a proposal stands (docs/CASEWORK.md "Proposals"): drafted, co-signers confirming (草拟);
 * submitted, its points records created (已提交); handling units assigned by the office (已交办);
 * the lead unit has responded (已答复); the lead has evaluated the response (已评价); or withdrawn
 * by its lead before submission, or declared invalid by the office afterwards, its records
 * withdrawn with it (已撤回).
 */
public enum ProposalStatus {
	DRAFT, SUBMITTED, ASSIGNED, ANSWERED, EVALUATED, WITHDRAWN;

	/** Refuses (409) a step from this state unless it is one of {@code allowed}. */
	void requireOneOf(ProposalStatus... allowed) {
		for (ProposalStatus s : allowed) {
			if (this == s) {
				return;
			}
		}
		throw new Problem.Conflict("casework.proposal.problem.wrong-state", name());
	}
}
