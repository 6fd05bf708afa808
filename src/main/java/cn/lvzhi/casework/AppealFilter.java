package cn.lvzhi.casework;

/**
 * The filters of the appeals' list: a state, a workstation, and whether only the flagged ones
 * ({@code true}: past due or long unresolved, see {@link AppealFlag}) or only the others
 * ({@code false}), and the representative who proxies them; {@code null} for no filter.
 */
public record AppealFilter(AppealStatus status, Long workstationId, Boolean overdue, Long proxyRepresentativeId) {

	public AppealFilter(AppealStatus status, Long workstationId, Boolean overdue) {
		this(status, workstationId, overdue, null);
	}

	public static AppealFilter none() {
		return new AppealFilter(null, null, null);
	}

	/** The appeals one representative proxies. */
	public static AppealFilter proxiedBy(long representativeId) {
		return new AppealFilter(null, null, null, representativeId);
	}
}
