package cn.lvzhi.activities.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.lvzhi.roster.Representative;

/**
 * Activity records for evidence tests, written straight into the {@code activity} table (V6):
 * the evidence files only need a record's representative, status and district.
 */
final class ActivityRows {

	private final JdbcClient jdbc;

	private final Clock clock;

	ActivityRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A record of item 1 about this representative, in this status. */
	long of(Representative representative, String status) {
		var now = OffsetDateTime.now(clock);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activity (district_id, representative_id, item_code, occurred_on, title, status, "
				+ "created_by, created_at, updated_at, version) values (?, ?, 1, ?, ?, ?, 'test', ?, ?, 0)")
			.params(representative.districtId(), representative.id(), LocalDate.now(clock).minusDays(3), "走访选民", status, now,
					now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void setStatus(long activityId, String status) {
		jdbc.sql("update activity set status = ? where id = ?").params(status, activityId).update();
	}
}
