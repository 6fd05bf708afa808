package cn.lvzhi.activities;

import java.util.Collection;
import java.util.Map;

/**
 * The points a record has earned so far: the sum of its ledger entries (0 when none). A port
 * that the ledger implements, so that activities can show points without depending on it.
 */
public interface PointsLookup {

	int pointsOf(long activityId);

	/** The points of each of the records; records without entries map to 0. */
	Map<Long, Integer> pointsOf(Collection<Long> activityIds);
}
