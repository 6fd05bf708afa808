package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/**
 * Nobody can lock a user out of the addresses they sign in from: locks per account and client
 * address, the account-wide lock only for unknown addresses, progressive lock times, a limit per
 * address across accounts (429 with Retry-After), the administrator's unlock, and the audit of
 * each.
 */
abstract class SignInThrottlingTests {

	static final String WRONG = "Wrong-Password-1";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	SignInProperties rules;

	User anOfficeUser() {
		return users.create(new Users.NewUser("t" + UUID.randomUUID().toString().substring(0, 8), "测试用户",
				TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null), new Fixtures(context).district);
	}

	/** A client address of the test's own, so that no other test's failures count with it. */
	static String anAddress() {
		var random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	ResultActions me(String username, String password, String address) throws Exception {
		return mvc.perform(get("/api/v1/me").with(httpBasic(username, password)).with(from(address)));
	}

	ResultActions signInWithTheForm(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	void fail(User user, String address, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			me(user.username(), WRONG, address).andExpect(status().isUnauthorized());
		}
	}

	List<Map<String, Object>> audit(String action, User user) {
		return jdbc.sql("select username, remote_address, summary from audit_entry where action = ? "
				+ "and record_type = 'USER' and record_id = ? order by id")
			.params(action, user.id().toString())
			.query()
			.listOfRows();
	}

	@Test
	void fiveWrongPasswordsFromOneAddressDoNotStopTheOwnerSigningInFromTheAddressTheyUse() throws Exception {
		User owner = anOfficeUser();
		String known = anAddress();
		String attacker = anAddress();
		me(owner.username(), TestUsers.PASSWORD, known).andExpect(status().isOk());

		fail(owner, attacker, 5);

		me(owner.username(), TestUsers.PASSWORD, attacker).andExpect(status().isUnauthorized());
		me(owner.username(), TestUsers.PASSWORD, known).andExpect(status().isOk());
		signInWithTheForm(owner.username(), TestUsers.PASSWORD, known).andExpect(redirectedUrl("/"));
		// An address the owner never signed in from is locked out with the attacker's.
		me(owner.username(), TestUsers.PASSWORD, anAddress()).andExpect(status().isUnauthorized());

		var locks = audit("ACCOUNT_LOCKED", owner);
		assertThat(locks).hasSize(1);
		assertThat(locks.get(0).get("remote_address")).isEqualTo(attacker);
		assertThat((String) locks.get(0).get("summary")).contains("for 15 minutes for address " + attacker)
			.contains("for 15 minutes for every address the user never signed in from");
		assertThat(audit("LOGIN_REFUSED_LOCKED", owner)).hasSize(2);
	}

	@Test
	void theOwnersOwnAddressIsLockedOnlyByFailuresFromThere() throws Exception {
		User owner = anOfficeUser();
		String known = anAddress();
		me(owner.username(), TestUsers.PASSWORD, known).andExpect(status().isOk());
		fail(owner, known, 4);
		me(owner.username(), TestUsers.PASSWORD, known).andExpect(status().isOk());
		fail(owner, known, 5);
		me(owner.username(), TestUsers.PASSWORD, known).andExpect(status().isUnauthorized());
	}

	@Test
	void eachLockInARowLastsTwiceTheOneBefore() throws Exception {
		User user = anOfficeUser();
		String address = anAddress();
		fail(user, address, 5);
		clock.advance(Duration.ofMinutes(14));
		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));

		fail(user, address, 5);
		clock.advance(Duration.ofMinutes(16));
		// The second lock lasts 30 minutes, not 15.
		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isUnauthorized());
		clock.advance(Duration.ofMinutes(14).plusSeconds(1));
		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isOk());
		assertThat(audit("ACCOUNT_LOCKED", user)).extracting(row -> (String) row.get("summary"))
			.anySatisfy(s -> assertThat(s).contains("locked for 30 minutes"));

		// The sign-in started the count again: the next lock is the first again.
		fail(user, address, 5);
		clock.advance(Duration.ofMinutes(15).plusSeconds(1));
		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isOk());
	}

	@Test
	void locksDoubleUpToTheLongest() {
		assertThat(rules.lockDuration(1)).isEqualTo(Duration.ofMinutes(15));
		assertThat(rules.lockDuration(2)).isEqualTo(Duration.ofMinutes(30));
		assertThat(rules.lockDuration(3)).isEqualTo(Duration.ofHours(1));
		assertThat(rules.lockDuration(7)).isEqualTo(Duration.ofHours(16));
		assertThat(rules.lockDuration(8)).isEqualTo(Duration.ofHours(24));
		assertThat(rules.lockDuration(1000)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void refusesAnAddressThatFailedTooOftenAcrossAccountsWith429AndRetryAfter() throws Exception {
		String sprayer = anAddress();
		User victim = anOfficeUser();
		User other = anOfficeUser();
		// The test profile's limit is high (the whole suite signs in from one address); earlier
		// failures of this address are written as they would have been counted.
		int limit = rules.maxFailuresPerAddress();
		jdbc.sql("insert into sign_in_address (remote_address, window_started_at, failures) values (?, ?, ?)")
			.params(sprayer, clock.instant().atOffset(ZoneOffset.UTC), limit - 3)
			.update();
		// Three guesses at three accounts, one of them unknown: the limit is reached.
		me(victim.username(), WRONG, sprayer).andExpect(status().isUnauthorized());
		me("nobody-" + UUID.randomUUID().toString().substring(0, 8), WRONG, sprayer)
			.andExpect(status().isUnauthorized());
		me(other.username(), WRONG, sprayer).andExpect(status().isUnauthorized());

		// Now even the right password of another account is refused before it is checked.
		User third = anOfficeUser();
		me(third.username(), TestUsers.PASSWORD, sprayer).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("该地址登录失败次数过多")));
		long retryAfter = Long.parseLong(me(third.username(), TestUsers.PASSWORD, sprayer).andReturn()
			.getResponse()
			.getHeader("Retry-After"));
		assertThat(retryAfter).isBetween(1L, rules.addressWindow().toSeconds() + 1);
		signInWithTheForm(third.username(), TestUsers.PASSWORD, sprayer).andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", "").with(from(sprayer)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("本地址登录失败次数过多,请稍后再试。")));
		// Calls without credentials are not sign-ins and pass; other addresses are not affected.
		mvc.perform(get("/api/v1/public/publications").with(from(sprayer))).andExpect(status().isOk());
		me(third.username(), TestUsers.PASSWORD, anAddress()).andExpect(status().isOk());

		var throttled = jdbc.sql("select username, remote_address, summary from audit_entry "
				+ "where action = 'SIGN_IN_THROTTLED' and remote_address = ?")
			.param(sprayer)
			.query()
			.listOfRows();
		assertThat(throttled).hasSize(1);
		assertThat(throttled.get(0).get("username")).isEqualTo(other.username());

		clock.advance(Duration.ofSeconds(retryAfter));
		me(third.username(), TestUsers.PASSWORD, sprayer).andExpect(status().isOk());
	}

	@Test
	void anAdministratorUnlocksAUserAndItIsAudited() throws Exception {
		User user = anOfficeUser();
		String address = anAddress();
		fail(user, address, 5);
		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/users/{id}", user.id()).with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.andExpect(jsonPath("$.locked").value(true));

		mvc.perform(post("/api/v1/users/{id}/unlock", user.id()).with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.andExpect(status().isNoContent());

		me(user.username(), TestUsers.PASSWORD, address).andExpect(status().isOk());
		me(user.username(), TestUsers.PASSWORD, anAddress()).andExpect(status().isOk());
		var unlocked = audit("USER_UNLOCKED", user);
		assertThat(unlocked).hasSize(1);
		assertThat(unlocked.get(0).get("username")).isEqualTo("admin");
	}

	@Test
	void onlyAnAdministratorMayUnlock() throws Exception {
		User user = anOfficeUser();
		User office = anOfficeUser();
		mvc.perform(post("/api/v1/users/{id}/unlock", user.id()).with(httpBasic(office.username(), TestUsers.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/users/{id}/unlock", user.id())).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/{id}/unlock", 99999999).with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(audit("USER_UNLOCKED", user)).isEmpty();
	}

	@OnH2
	static class OnH2Tests extends SignInThrottlingTests {
	}

	@OnPostgres
	static class OnPostgresTests extends SignInThrottlingTests {
	}
}
