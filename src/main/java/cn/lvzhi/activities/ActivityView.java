package cn.lvzhi.activities;

import java.util.List;

/**
 * A record as it is shown: with its representative's name, the points it has earned so far, and
 * the live records of the same representative, item and day that may be duplicates of it.
 */
public record ActivityView(ActivityRecord record, String representativeName, int points,
		List<Long> possibleDuplicateOf) {
}
