package cn.lvzhi.roster;

import java.time.ZoneId;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The districts of this deployment. A deployment starts with one, the {@code default} district,
 * named in the settings ({@code lvzhi.district.name}) and created by the first migration.
 */
@Service
public class Districts {

	private final JdbcClient jdbc;

	/** Districts do not change while the application runs; read each once. */
	private final java.util.Map<Long, District> byId = new java.util.concurrent.ConcurrentHashMap<>();

	Districts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The district a deployment starts with. */
	public District defaultDistrict() {
		return byCode("default").orElseThrow(() -> new IllegalStateException("No default district"));
	}

	/** The district with this code (the public pages name a district by its code). */
	public Optional<District> byCode(String code) {
		return jdbc.sql("select id from district where code = ?").param(code).query(Long.class).optional().map(this::of);
	}

	public Optional<District> find(long id) {
		return jdbc.sql("select id, code, name, time_zone from district where id = ?")
			.param(id)
			.query((rs, n) -> new District(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4))))
			.optional();
	}

	/** The district of a signed-in user; every user belongs to one. */
	public District of(long districtId) {
		return byId.computeIfAbsent(districtId,
				id -> find(id).orElseThrow(() -> new IllegalStateException("No district " + id)));
	}
}
