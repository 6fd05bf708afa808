package cn.lvzhi.activities;

/**
 * Whether a district's cycle (a calendar year) has been closed after its fourth-quarter list was
 * published (DOMAIN.md 8). A port that the publication module implements, so that activities
 * can refuse to verify or revoke a record of a closed cycle without depending on it.
 */
public interface ClosedCycles {

	boolean isClosed(long districtId, int cycle);

	/** Refuses (409) to change the points of a record whose cycle is closed. */
	default void requireOpen(ActivityRecord record) {
		int cycle = record.cycle();
		if (isClosed(record.districtId(), cycle)) {
			throw new cn.lvzhi.shared.Problem.Conflict("activities.problem.cycle-closed", String.valueOf(cycle));
		}
	}
}
