package cn.lvzhi.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.lvzhi.standard.Category;

/**
 * The append-only store of ledger entries: it inserts and reads, and nothing else. A correction
 * is a new entry.
 */
@Repository
class LedgerEntries {

	private final JdbcClient jdbc;

	LedgerEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An entry to be written. */
	record NewEntry(long districtId, long representativeId, int cycle, LocalDate occurredOn, EntryKind kind,
			int points, Integer itemCode, Category category, Long activityId, Integer standardVersion, String reason,
			String bookedBy, java.time.Instant bookedAt) {
	}

	long append(NewEntry e) {
		var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into ledger_entry (district_id, representative_id, cycle, occurred_on, kind, points, item_code,
				    category, activity_id, standard_version, reason, booked_by, booked_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.districtId(), e.representativeId(), e.cycle(), e.occurredOn(), e.kind().name(), e.points(),
					e.itemCode(), e.category() == null ? null : e.category().name(), e.activityId(),
					e.standardVersion(), e.reason(), e.bookedBy(), OffsetDateTime.ofInstant(e.bookedAt(), ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** What the ledger holds so far for each record of a representative's cycle. */
	record Booked(long activityId, int points, int itemCode, Category category, LocalDate occurredOn,
			Integer standardVersion) {
	}

	Map<Long, Booked> bookedByActivity(long representativeId, int cycle) {
		var result = new HashMap<Long, Booked>();
		jdbc.sql("""
				select activity_id, sum(points), max(item_code), max(category), max(occurred_on), max(standard_version)
				from ledger_entry where representative_id = ? and cycle = ? and activity_id is not null
				group by activity_id""")
			.params(representativeId, cycle)
			.query((rs, n) -> result.put(rs.getLong(1), new Booked(rs.getLong(1), rs.getInt(2), rs.getInt(3),
					rs.getString(4) == null ? null : Category.valueOf(rs.getString(4)),
					rs.getObject(5, LocalDate.class), rs.getObject(6, Integer.class))))
			.list();
		return result;
	}

	/** A representative's entries of a cycle, in the order they were booked. */
	List<LedgerEntry> of(long representativeId, int cycle) {
		return jdbc.sql("select * from ledger_entry where representative_id = ? and cycle = ? order by id")
			.params(representativeId, cycle)
			.query(LedgerEntries::entry)
			.list();
	}

	/** The points of each record (records without entries are absent). */
	Map<Long, Integer> pointsOf(List<Long> activityIds) {
		var result = new HashMap<Long, Integer>();
		jdbc.sql("""
				select activity_id, sum(points) from ledger_entry where activity_id in (:ids)
				group by activity_id""")
			.param("ids", activityIds)
			.query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
			.list();
		return result;
	}

	static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
		String category = rs.getString("category");
		return new LedgerEntry(rs.getLong("id"), rs.getLong("district_id"), rs.getLong("representative_id"),
				rs.getInt("cycle"), rs.getObject("occurred_on", LocalDate.class),
				EntryKind.valueOf(rs.getString("kind")), rs.getInt("points"), rs.getObject("item_code", Integer.class),
				category == null ? null : Category.valueOf(category), rs.getObject("activity_id", Long.class),
				rs.getObject("standard_version", Integer.class), rs.getString("reason"), rs.getString("booked_by"),
				rs.getObject("booked_at", OffsetDateTime.class).toInstant());
	}
}
