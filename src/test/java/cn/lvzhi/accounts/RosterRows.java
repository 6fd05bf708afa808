package cn.lvzhi.accounts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Workstation and representative rows for accounts tests, inserted straight into the tables of
 * the default district (the roster module's own services are not needed to link a user).
 */
final class RosterRows {

	private final JdbcClient jdbc;

	RosterRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long defaultDistrict() {
		return jdbc.sql("select id from district where code = 'default'").query(Long.class).single();
	}

	long workstation() {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into workstation (district_id, name, type, display_order, version, created_at, updated_at) "
				+ "values (:district, :name, 'COMMUNITY', 1, 0, :now, :now)")
			.param("district", defaultDistrict())
			.param("name", "测试工作室-" + UUID.randomUUID())
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	long representative(long communityWorkstation) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into representative (district_id, name, community_workstation_id, status, started_on, "
				+ "version, created_at, updated_at) values (:district, :name, :ws, 'ACTIVE', :started, 0, :now, :now)")
			.param("district", defaultDistrict())
			.param("name", "代表" + UUID.randomUUID().toString().substring(0, 8))
			.param("ws", communityWorkstation)
			.param("started", LocalDate.of(2026, 1, 1))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKey().longValue();
	}
}
