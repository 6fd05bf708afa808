package cn.lvzhi.activities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For each record, the other live (not rejected or revoked) records of the same representative,
 * item and day: likely duplicates, shown so that a verifier can look; they are not refused.
 */
@Component
class PossibleDuplicates {

	private final JdbcClient jdbc;

	PossibleDuplicates(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The possible duplicates of each of the records, by record id; a record without any is left out. */
	Map<Long, List<Long>> of(List<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		var result = new LinkedHashMap<Long, List<Long>>();
		jdbc.sql("""
				select a.id, d.id from activity a
				join activity d on d.representative_id = a.representative_id and d.item_code = a.item_code
				    and d.occurred_on = a.occurred_on and d.id <> a.id and d.status not in ('REJECTED', 'REVOKED')
				where a.id in (:ids) order by a.id, d.id""")
			.param("ids", ids)
			.query((rs, n) -> result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2)))
			.list();
		return result;
	}
}
