package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.Pages;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/** The administrator's pages: list and search, create with Chinese field errors, disable, reset. */
@OnH2
class UserPagesTests {

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	RequestPostProcessor admin() {
		return pages.signedIn("admin");
	}

	User anOfficeUser(String username) {
		return users.create(new Users.NewUser(username, "王五", TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null),
				pages.fixtures().district);
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void listsUsersWithRolesAndStatusInWords() throws Exception {
		String username = unique("page");
		User locked = anOfficeUser(username);
		jdbc.sql("update app_user set locked_until = ? where id = ?")
			.params(clock.instant().plus(Duration.ofMinutes(15)).atOffset(java.time.ZoneOffset.UTC), locked.id())
			.update();
		mvc.perform(get("/admin/users").param("q", username).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(username)))
			.andExpect(content().string(containsString("区党代会常任制办公室")))
			.andExpect(content().string(containsString("已锁定")))
			.andExpect(content().string(containsString("table-responsive")));
		mvc.perform(get("/admin/users").param("q", "no-such-user-at-all").with(admin()))
			.andExpect(content().string(containsString("没有符合条件的用户")));
	}

	@Test
	void showsFieldErrorsInChineseNextToTheFields() throws Exception {
		mvc.perform(get("/admin/users/new").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")))
			.andExpect(content().string(containsString("工作室工作人员")));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "a")
			.param("displayName", "")
			.param("password", "short")
			.param("passwordConfirmation", "short")
			.param("roles", "WORKSTATION_STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("用户名应为 3 到 64 个字母")))
			.andExpect(content().string(containsString("必填")))
			.andExpect(content().string(containsString("密码至少 8 位")))
			.andExpect(content().string(containsString("工作室工作人员须指定所属工作室")))
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", unique("x"))
			.param("displayName", "赵六")
			.param("password", TestUsers.PASSWORD)
			.param("passwordConfirmation", TestUsers.PASSWORD + "x")
			.param("roles", "OFFICE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的密码不一致")));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", "admin")
			.param("displayName", "重名")
			.param("password", TestUsers.PASSWORD)
			.param("passwordConfirmation", TestUsers.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("至少选择一个角色")));
	}

	@Test
	void createsAUserAndShowsIt() throws Exception {
		var station = pages.fixtures().community();
		long ws = station.id();
		String username = unique("new");
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "赵六")
			.param("password", TestUsers.PASSWORD)
			.param("passwordConfirmation", TestUsers.PASSWORD)
			.param("roles", "WORKSTATION_STAFF", "OFFICE")
			.param("workstationId", Long.toString(ws)))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		User created = users.findByUsername(username).orElseThrow();
		assertThat(created.roles()).containsExactlyInAnyOrder(Role.WORKSTATION_STAFF, Role.OFFICE);
		assertThat(created.workstationId()).contains(ws);
		mvc.perform(get("/admin/users/{id}", created.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("赵六")))
			.andExpect(content().string(containsString(station.name())))
			.andExpect(content().string(containsString("正常")));
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", username.toUpperCase())
			.param("displayName", "赵六")
			.param("password", TestUsers.PASSWORD)
			.param("passwordConfirmation", TestUsers.PASSWORD)
			.param("roles", "OFFICE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被使用")));
	}

	@Test
	void disablesEnablesAndResetsThePasswordFromTheDetailPage() throws Exception {
		User user = anOfficeUser(unique("detail"));
		mvc.perform(post("/admin/users/{id}/disable", user.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(users.find(user.id()).orElseThrow().enabled()).isFalse();
		mvc.perform(get("/admin/users/{id}", user.id()).with(admin()))
			.andExpect(content().string(containsString("已停用")))
			.andExpect(content().string(containsString("启用账号")));
		mvc.perform(post("/admin/users/{id}/enable", user.id()).with(admin()).with(csrf()));
		assertThat(users.find(user.id()).orElseThrow().enabled()).isTrue();

		mvc.perform(post("/admin/users/{id}/password", user.id()).with(admin()).with(csrf())
			.param("password", "Brand-New-7")
			.param("passwordConfirmation", "Brand-New-8"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的密码不一致")));
		mvc.perform(post("/admin/users/{id}/password", user.id()).with(admin()).with(csrf())
			.param("password", "weakweak")
			.param("passwordConfirmation", "weakweak"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码须包含大写字母、小写字母、数字、符号中的至少三类")));
		mvc.perform(post("/admin/users/{id}/password", user.id()).with(admin()).with(csrf())
			.param("password", "Brand-New-7")
			.param("passwordConfirmation", "Brand-New-7"))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(users.find(user.id()).orElseThrow().passwordHash()).startsWith("{bcrypt}");
	}

	@Test
	void showsInChineseThatACommonPasswordIsRefusedOnCreationAndReset() throws Exception {
		String username = unique("common");
		mvc.perform(post("/admin/users").with(admin()).with(csrf())
			.param("username", username)
			.param("displayName", "赵六")
			.param("password", "Password1")
			.param("passwordConfirmation", "Password1")
			.param("roles", "OFFICE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这是常见的弱密码,容易被猜中,请换一个")))
			.andExpect(content().string(containsString("is-invalid")));
		assertThat(users.findByUsername(username)).isEmpty();

		User user = anOfficeUser(unique("common"));
		mvc.perform(post("/admin/users/{id}/password", user.id()).with(admin()).with(csrf())
			.param("password", "Password1")
			.param("passwordConfirmation", "Password1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("这是常见的弱密码,容易被猜中,请换一个")));
		mvc.perform(post("/admin/users/{id}/password", user.id()).with(admin()).with(csrf())
			.param("password", TestUsers.PASSWORD)
			.param("passwordConfirmation", TestUsers.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能使用该用户最近 5 次用过的密码")));
	}

	@Test
	void unlocksAUserLockedAtOneAddressFromTheDetailPage() throws Exception {
		User user = anOfficeUser(unique("locked"));
		mvc.perform(get("/admin/users/{id}", user.id()).with(admin()))
			.andExpect(content().string(not(containsString("id=\"unlock-form\""))));
		jdbc.sql("insert into sign_in_source (app_user, remote_address, failures, lock_count, locked_until, updated_at) "
				+ "values (?, '10.9.8.7', 0, 1, ?, ?)")
			.params(user.id(), clock.instant().plus(Duration.ofMinutes(15)).atOffset(java.time.ZoneOffset.UTC),
					clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.update();
		mvc.perform(get("/admin/users/{id}", user.id()).with(admin()))
			.andExpect(content().string(containsString("id=\"unlock-form\"")))
			.andExpect(content().string(containsString("解除登录锁定")));
		mvc.perform(post("/admin/users/{id}/unlock", user.id()).with(admin()).with(csrf()))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		assertThat(users.isSignInLocked(user.id())).isFalse();
		mvc.perform(get("/admin/users/{id}", user.id()).with(admin()))
			.andExpect(content().string(not(containsString("id=\"unlock-form\""))));
	}

	@Test
	void doesNotOfferAdministratorsToDisableThemselves() throws Exception {
		long adminId = users.findByUsername("admin").orElseThrow().id();
		mvc.perform(get("/admin/users/{id}", adminId).with(admin()))
			.andExpect(content().string(containsString("不能停用")))
			.andExpect(content().string(not(containsString("id=\"disable-form\""))));
		mvc.perform(post("/admin/users/{id}/disable", adminId).with(admin()).with(csrf()));
		assertThat(users.find(adminId).orElseThrow().enabled()).isTrue();
	}

	@Test
	void answersUnknownUsersWithNotFoundAndOthersWithForbidden() throws Exception {
		mvc.perform(get("/admin/users/{id}", 99999999).with(admin())).andExpect(status().isNotFound());
		User office = anOfficeUser(unique("office"));
		mvc.perform(get("/admin/users").with(pages.signedIn(office.username())))
			.andExpect(status().isForbidden());
	}
}
