package cn.lvzhi.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.lvzhi.activities.ActivityView;

/**
 * A proposal as its page and the API show it: with the names of the district's representatives
 * (lead, co-signers), the records it created with their status and points, its documents, and
 * what the user may do next.
 */
public record ProposalView(Proposal proposal, Map<Long, String> names, List<ActivityView> records,
		List<ProposalDocument> documents, Set<ProposalAction> actions) {

	/** The name of a representative of the district (empty if unknown). */
	public String name(long representativeId) {
		return names.getOrDefault(representativeId, "");
	}

	public String leadName() {
		return name(proposal.leadRepresentativeId());
	}
}
