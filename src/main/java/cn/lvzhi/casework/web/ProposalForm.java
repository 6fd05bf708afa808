package cn.lvzhi.casework.web;

import java.util.List;

import cn.lvzhi.casework.ProposalDraft;

/**
 * The drafting form: kind, title, content, the co-signers picked from the district's serving
 * representatives (a motion only) and, for the office registering a paper proposal, the lead and
 * the co-signers whose signature is on the paper. A representative's own lead is filled in by
 * the page. Every rule is checked by {@code Proposals} and shown next to its field.
 */
record ProposalForm(String kind, String title, String content, Long leadRepresentativeId, List<Long> cosignerIds,
		List<Long> confirmedCosignerIds) {

	static ProposalForm empty(Long lead) {
		return new ProposalForm("MOTION", null, null, lead, List.of(), List.of());
	}

	ProposalDraft draft(Long lead) {
		return new ProposalDraft(kind, title, content, lead, cosignerIds, confirmedCosignerIds);
	}

	public boolean invited(long representativeId) {
		return cosignerIds != null && cosignerIds.contains(representativeId);
	}

	public boolean marked(long representativeId) {
		return confirmedCosignerIds != null && confirmedCosignerIds.contains(representativeId);
	}
}
