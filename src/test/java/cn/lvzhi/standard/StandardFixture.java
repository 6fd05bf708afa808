package cn.lvzhi.standard;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;

/**
 * Users of each role for the standard's tests, with the workstation and representative rows a
 * representative or a workstation's staff must point to. Names are unique per call, since tests
 * share one application context.
 */
class StandardFixture {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final Users users;

	private final JdbcClient jdbc;

	private final long districtId;

	StandardFixture(Users users, JdbcClient jdbc, Districts districts) {
		this.users = users;
		this.jdbc = jdbc;
		this.districtId = districts.defaultDistrict().id();
	}

	/** A new user holding {@code role}; returns the username (password {@link TestUsers#PASSWORD}). */
	String user(Role role) {
		String username = "std-" + role.name().toLowerCase().replace('_', '-') + "-" + unique();
		Long workstation = null;
		Long representative = null;
		if (role == Role.WORKSTATION_STAFF || role == Role.REPRESENTATIVE) {
			workstation = workstation();
		}
		if (role == Role.REPRESENTATIVE) {
			representative = representative(workstation);
		}
		users.create(new Users.NewUser(username, "测试" + role.name(), TestUsers.PASSWORD, Set.of(role), workstation,
				representative), districtId);
		return username;
	}

	long workstation() {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workstation (district_id, name, type, display_order, version, created_at, updated_at)
				values (?, ?, 'COMMUNITY', 999, 0, current_timestamp, current_timestamp)""")
			.params(districtId, "标准测试工作室" + unique())
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	long representative(long workstationId) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into representative (district_id, name, community_workstation_id, status, started_on, version,
				    created_at, updated_at)
				values (?, ?, ?, 'ACTIVE', current_date, 0, current_timestamp, current_timestamp)""")
			.params(districtId, "代表" + unique(), workstationId)
			.update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	private static String unique() {
		return Long.toString(System.nanoTime(), 36) + sequence.incrementAndGet();
	}
}
