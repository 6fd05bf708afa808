package cn.lvzhi.activities;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code collective_activity} rows: what was entered once for many participants. */
@Repository
class CollectiveActivityRepository {

	private final JdbcClient jdbc;

	CollectiveActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a collective activity with {@code details} (normalized) and answers its id. */
	long insert(long districtId, ActivityDetails details, String by, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into collective_activity (district_id, item_code, occurred_on, title, description, created_by,
				    created_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(districtId, details.itemCode(), details.occurredOn(), details.title(), details.description(), by,
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}
}
