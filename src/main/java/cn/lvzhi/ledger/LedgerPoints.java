package cn.lvzhi.ledger;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.PointsLookup;

/** The points of records as the ledger holds them: the sum of each record's entries. */
@Component
@Transactional(readOnly = true)
class LedgerPoints implements PointsLookup {

	private final LedgerEntries entries;

	LedgerPoints(LedgerEntries entries) {
		this.entries = entries;
	}

	@Override
	public int pointsOf(long activityId) {
		return entries.pointsOf(List.of(activityId)).getOrDefault(activityId, 0);
	}

	@Override
	public Map<Long, Integer> pointsOf(Collection<Long> activityIds) {
		var result = new HashMap<Long, Integer>();
		List<Long> ids = List.copyOf(activityIds);
		for (int from = 0; from < ids.size(); from += 1000) {
			result.putAll(entries.pointsOf(ids.subList(from, Math.min(ids.size(), from + 1000))));
		}
		activityIds.forEach(id -> result.putIfAbsent(id, 0));
		return result;
	}
}
