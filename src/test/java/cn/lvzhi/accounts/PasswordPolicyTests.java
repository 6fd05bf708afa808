package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/** The password policy's common-password list and the history of the last five passwords. */
abstract class PasswordPolicyTests {

	static final String COMMON = "这是常见的弱密码,容易被猜中,请换一个";

	static final String REUSED = "不能使用该用户最近 5 次用过的密码";

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	User anOfficeUser() {
		return users.create(new Users.NewUser("pw" + UUID.randomUUID().toString().substring(0, 8), "测试用户",
				TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null), new Fixtures(context).district);
	}

	ResultActions reset(User user, String password) throws Exception {
		return mvc.perform(post("/api/v1/users/{id}/password", user.id())
			.with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"" + password + "\"}"));
	}

	@Test
	void refusesACommonPasswordWhateverItsCaseWhenCreatingAUser() throws Exception {
		String username = "pw" + UUID.randomUUID().toString().substring(0, 8);
		for (String common : List.of("Password1", "pASSWORD1", "Qwerty123", "P@ssw0rd")) {
			mvc.perform(post("/api/v1/users").with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"username": "%s", "displayName": "张三", "password": "%s", "roles": ["OFFICE"]}
						""".formatted(username, common)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("password"))
				.andExpect(jsonPath("$.errors[*].message", hasItem(COMMON)));
		}
		assertThat(users.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesACommonPasswordWhenResettingOne() throws Exception {
		User user = anOfficeUser();
		reset(user, "Password1").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value(COMMON));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void refusesEachOfTheLastFivePasswordsAndAcceptsTheSixthOldest() throws Exception {
		User user = anOfficeUser();
		// TestUsers.PASSWORD was the first; five more make it the sixth-oldest.
		List<String> lastFive = List.of("History-One-1", "History-Two-2", "History-Three-3", "History-Four-4",
				"History-Five-5");
		for (String password : lastFive) {
			reset(user, password).andExpect(status().isOk());
		}
		for (String password : lastFive) {
			reset(user, password).andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("password"))
				.andExpect(jsonPath("$.errors[0].message").value(REUSED));
		}
		reset(user, TestUsers.PASSWORD).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD))).andExpect(status().isOk());
		// Now the oldest of the five is sixth-oldest in turn; the others are still refused.
		reset(user, "History-Two-2").andExpect(status().isUnprocessableContent());
		reset(user, "History-One-1").andExpect(status().isOk());
	}

	@Test
	void keepsOnlyTheHashesOfTheLastFivePasswords() throws Exception {
		User user = anOfficeUser();
		for (int i = 0; i < 7; i++) {
			reset(user, "Rotated-Pass-" + i).andExpect(status().isOk());
		}
		List<String> kept = jdbc.sql("select password_hash from password_history where app_user = ?")
			.param(user.id())
			.query(String.class)
			.list();
		assertThat(kept).hasSize(5).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2"));
	}

	@OnH2
	static class OnH2Tests extends PasswordPolicyTests {
	}

	@OnPostgres
	static class OnPostgresTests extends PasswordPolicyTests {
	}
}
