package cn.lvzhi.casework;

import java.util.Locale;

import cn.lvzhi.shared.Auditable;

/**
 * Something that happened to a proposal, published inside the transaction of the change, for the
 * audit trail: {@code action} is {@code PROPOSAL_<STEP>} (drafted, cosigned, submitted, assigned,
 * replied, evaluated, withdrawn, document attached or downloaded). The summary names ids and
 * counts, never a person's data.
 */
public record ProposalEvent(long districtId, long proposalId, String action, String summary) implements Auditable {

	static ProposalEvent of(Proposal proposal, String step, String summary) {
		return new ProposalEvent(proposal.districtId(), proposal.id(), "PROPOSAL_" + step,
				proposal.kind().name().toLowerCase(Locale.ROOT) + ", lead representative "
						+ proposal.leadRepresentativeId() + (summary == null ? "" : ", " + summary));
	}

	@Override
	public String recordType() {
		return "PROPOSAL";
	}

	@Override
	public String recordId() {
		return Long.toString(proposalId);
	}
}
