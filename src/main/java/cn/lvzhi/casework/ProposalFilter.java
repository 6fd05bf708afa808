package cn.lvzhi.casework;

/**
 * Which proposals to list ({@code null}: any): the year (submitted in, or drafted in while a
 * draft), a handling unit whose name contains {@code unit}, the state, the kind, and a
 * representative who leads or co-signs them.
 */
public record ProposalFilter(Integer year, String unit, ProposalStatus status, ProposalKind kind,
		Long representativeId) {

	public static final int YEAR_MIN = 1900;

	public static final int YEAR_MAX = 9999;

	public static ProposalFilter none() {
		return new ProposalFilter(null, null, null, null, null);
	}

	/** The same filter with a blank unit as none, the unit stripped. */
	public ProposalFilter normalized() {
		return new ProposalFilter(year, ProposalDraft.clean(unit), status, kind, representativeId);
	}
}
