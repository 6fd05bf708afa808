package lvzhi.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Whether two standings are the same: same rows, numbers and ranks, same grouping order. */
final class Compare {

	private Compare() {
	}

	/** Null when equal, else the first differences. */
	static String diff(List<StandingsSource.Row> expected, List<StandingsSource.Row> actual) {
		List<String> problems = new ArrayList<>();
		if (expected.size() != actual.size()) {
			problems.add("rows " + actual.size() + " instead of " + expected.size());
		}
		Map<Long, StandingsSource.Row> byId = new HashMap<>();
		actual.forEach(r -> byId.put(r.representativeId(), r));
		for (StandingsSource.Row e : expected) {
			StandingsSource.Row a = byId.get(e.representativeId());
			if (a == null) {
				problems.add("representative " + e.representativeId() + " missing");
			}
			else if (!a.equals(e)) {
				problems.add("expected " + e + " got " + a);
			}
			if (problems.size() >= 3) {
				break;
			}
		}
		// Order: by workstation display order, then rank inside it (names only break ties, and the
		// application may collate names differently from the database).
		for (int i = 0; i < Math.min(expected.size(), actual.size()) && problems.size() < 3; i++) {
			var e = expected.get(i);
			var a = actual.get(i);
			if (e.workstationId() != a.workstationId() || e.rankInWorkstation() != a.rankInWorkstation()) {
				problems.add("order differs at row " + i + ": expected " + e + " got " + a);
			}
		}
		return problems.isEmpty() ? null : String.join("; ", problems);
	}
}
