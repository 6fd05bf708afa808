package cn.lvzhi.casework;

/**
 * The filters of the appeals' list: a state, a workstation, and whether only the flagged ones
 * ({@code true}: past due or long unresolved, see {@link AppealFlag}) or only the others
 * ({@code false}); {@code null} for no filter.
 */
public record AppealFilter(AppealStatus status, Long workstationId, Boolean overdue) {

	public static AppealFilter none() {
		return new AppealFilter(null, null, null);
	}
}
