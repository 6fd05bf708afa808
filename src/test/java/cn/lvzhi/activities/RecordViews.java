package cn.lvzhi.activities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Records as pages show them ({@link ActivityView}), for slice tests of other modules' pages. */
public final class RecordViews {

	private RecordViews() {
	}

	/** The record {@code id} of a representative in a collective activity, in {@code status}, with its points. */
	public static ActivityView of(long id, long representativeId, String name, int itemCode, LocalDate day,
			ActivityStatus status, int points) {
		Instant at = Instant.parse("2026-05-01T02:00:00Z");
		var record = new ActivityRecord(id, 1, 1, representativeId,
				new ActivityDetails(itemCode, day, "集体活动", null, null, null, null), status, null, null, 1L, "office",
				at, at, List.of(new ActivityHistory(status, "office", at, null)));
		return new ActivityView(record, name, points, List.of());
	}
}
