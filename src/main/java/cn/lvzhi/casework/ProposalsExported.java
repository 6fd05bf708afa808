package cn.lvzhi.casework;

import cn.lvzhi.shared.Auditable;

/** Somebody exported the list of proposals as a workbook, with these filters. */
public record ProposalsExported(ProposalFilter filter, int rows) implements Auditable {

	@Override
	public String action() {
		return "PROPOSALS_EXPORTED";
	}

	@Override
	public String recordType() {
		return "PROPOSAL";
	}

	@Override
	public String recordId() {
		return null;
	}

	@Override
	public String summary() {
		return "year " + filter.year() + ", unit " + filter.unit() + ", status " + filter.status() + ", kind "
				+ filter.kind() + ", representative " + filter.representativeId() + ", " + rows + " rows";
	}
}
