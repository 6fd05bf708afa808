package cn.lvzhi.casework.web;

import java.util.List;

import cn.lvzhi.casework.ProposalDraft;

/**
 * The bodies the proposals API receives. Enumerated values travel as text, so that an unknown one
 * is a 422 naming its field ({@code kind}, {@code handlingUnits[0].role}, {@code satisfaction})
 * rather than an unreadable body; every rule is checked by {@code Proposals}.
 */
final class ProposalRequests {

	private ProposalRequests() {
	}

	/**
	 * {@code {kind, title, content, leadRepresentativeId, cosignerIds?, confirmedCosignerIds?}};
	 * {@code confirmedCosignerIds}: the office registering a paper motion marks the co-signatures
	 * on the paper.
	 */
	record Draft(String kind, String title, String content, Long leadRepresentativeId, List<Long> cosignerIds,
			List<Long> confirmedCosignerIds) {

		ProposalDraft draft() {
			return new ProposalDraft(kind, title, content, leadRepresentativeId, cosignerIds, confirmedCosignerIds);
		}
	}

	/** {@code {handlingUnits: [{name, role: "LEAD"|"ASSISTING"}]}}: exactly one lead unit. */
	record Assignment(List<Unit> handlingUnits) {
	}

	/** A handling unit to assign: its name and {@code LEAD} (主办) or {@code ASSISTING} (协办). */
	record Unit(String name, String role) {
	}

	/** {@code {handlingUnit, content}}: an assigned unit's response. */
	record Reply(String handlingUnit, String content) {
	}

	/** {@code {satisfaction: "SATISFIED"|"BASICALLY_SATISFIED"|"DISSATISFIED"}}. */
	record Evaluation(String satisfaction) {
	}

	/** {@code {reason}}. */
	record Withdrawal(String reason) {
	}
}
