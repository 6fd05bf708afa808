package cn.lvzhi.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;

/** Users of any role for the shell's tests, with the workstation or roster record a role needs. */
@TestComponent
class ShellFixtures {

	private final Users users;

	private final Districts districts;

	private final JdbcClient jdbc;

	ShellFixtures(Users users, Districts districts, JdbcClient jdbc) {
		this.users = users;
		this.districts = districts;
		this.jdbc = jdbc;
	}

	/** Creates a user holding {@code role} with password {@link TestUsers#PASSWORD}; answers the username. */
	String userWith(Role role) {
		long district = districts.defaultDistrict().id();
		String username = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
		Long workstation = role == Role.WORKSTATION_STAFF || role == Role.REPRESENTATIVE ? workstation(district) : null;
		Long representative = role == Role.REPRESENTATIVE ? representative(district, workstation) : null;
		users.create(new Users.NewUser(username, "测试" + username, TestUsers.PASSWORD, Set.of(role), workstation,
				representative), district);
		return username;
	}

	private long workstation(long district) {
		Instant now = Instant.now();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into workstation (district_id, name, type, display_order, version, created_at, updated_at)
				values (?, ?, 'COMMUNITY', 99, 0, ?, ?)""")
			.params(district, "测试工作室" + UUID.randomUUID().toString().substring(0, 8), now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private long representative(long district, long workstation) {
		Instant now = Instant.now();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into representative (district_id, name, community_workstation_id, status, started_on, version,
				                            created_at, updated_at)
				values (?, '测试代表', ?, 'ACTIVE', ?, 0, ?, ?)""")
			.params(district, workstation, LocalDate.of(2026, 1, 1), now, now)
			.update(keys, "id");
		return keys.getKey().longValue();
	}
}
