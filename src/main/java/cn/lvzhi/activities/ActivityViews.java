package cn.lvzhi.activities;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Records as they are shown ({@link ActivityView}): each with its representative's name, the
 * points it has earned so far ({@link PointsLookup}) and its possible duplicates.
 */
@Component
class ActivityViews {

	private final PointsLookup points;

	private final PossibleDuplicates duplicates;

	ActivityViews(PointsLookup points, PossibleDuplicates duplicates) {
		this.points = points;
		this.duplicates = duplicates;
	}

	/** The views of {@code records} in their order; {@code names} are the representatives' by id. */
	List<ActivityView> of(List<ActivityRecord> records, Map<Long, String> names) {
		List<Long> ids = records.stream().map(ActivityRecord::id).toList();
		Map<Long, Integer> earned = ids.isEmpty() ? Map.of() : points.pointsOf(ids);
		Map<Long, List<Long>> possible = duplicates.of(ids);
		return records.stream()
			.map(r -> new ActivityView(r, names.get(r.representativeId()), earned.getOrDefault(r.id(), 0),
					possible.getOrDefault(r.id(), List.of())))
			.toList();
	}
}
