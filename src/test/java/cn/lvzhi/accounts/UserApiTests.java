package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/** The accounts API of API.md: creating users (ADMIN), who am I, and the admin extensions. */
abstract class UserApiTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor admin() {
		return httpBasic("admin", TestUsers.ADMIN_PASSWORD);
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	User aUser(String username, Role... roles) {
		var rows = new Fixtures(context);
		Long ws = Set.of(roles).contains(Role.WORKSTATION_STAFF) ? rows.community().id() : null;
		Long rep = Set.of(roles).contains(Role.REPRESENTATIVE) ? rows.representative(rows.community()).id() : null;
		return users.create(new Users.NewUser(username, "测试用户", TestUsers.PASSWORD, Set.of(roles), ws, rep),
				rows.district);
	}

	static String json(String username, String password, String roles, String extra) {
		return """
				{"username": "%s", "displayName": "张三", "password": "%s", "roles": %s%s}
				""".formatted(username, password, roles, extra);
	}

	@Test
	void createsAUserAndAnswersWithItsIdUsernameAndRolesButNoPassword() throws Exception {
		String username = unique("office");
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(username, TestUsers.PASSWORD, "[\"OFFICE\", \"EVALUATION_GROUP\"]", "")))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/users/")))
			.andExpect(jsonPath("$.id").isNumber())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.displayName").value("张三"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("OFFICE", "EVALUATION_GROUP")))
			.andExpect(jsonPath("$.enabled").value(true))
			.andExpect(jsonPath("$.password").doesNotExist())
			.andExpect(jsonPath("$.passwordHash").doesNotExist());
		String hash = jdbc.sql("select password_hash from app_user where username = ?")
			.param(username)
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(TestUsers.PASSWORD);
	}

	@Test
	void createsWorkstationStaffAndRepresentativesLinkedToExistingRosterRows() throws Exception {
		var rows = new Fixtures(context);
		var station = rows.community();
		long ws = station.id();
		long rep = rows.representative(station).id();
		String username = unique("both");
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(username, TestUsers.PASSWORD, "[\"WORKSTATION_STAFF\", \"REPRESENTATIVE\"]",
					", \"workstationId\": " + ws + ", \"representativeId\": " + rep)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workstationId").value(ws))
			.andExpect(jsonPath("$.representativeId").value(rep));
		mvc.perform(get("/api/v1/me").with(httpBasic(username, TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.displayName").value("张三"))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("WORKSTATION_STAFF", "REPRESENTATIVE")))
			.andExpect(jsonPath("$.workstationId").value(ws))
			.andExpect(jsonPath("$.representativeId").value(rep));
	}

	@Test
	void refusesPasswordsOutsideThePolicyWithFieldErrors() throws Exception {
		String username = unique("weak");
		for (String weak : new String[] { "Ab1!", "alllowercase1", "ALLUPPER12", username }) {
			mvc.perform(post("/api/v1/users").with(admin())
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(username, weak, "[\"OFFICE\"]", "")))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem("password")));
		}
		assertThat(users.findByUsername(username)).isEmpty();
	}

	@Test
	void refusesAPasswordEqualToTheUsernameWithItsOwnMessage() throws Exception {
		String username = "Same-Name-" + UUID.randomUUID().toString().substring(0, 4) + "x";
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(username, username, "[\"OFFICE\"]", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"))
			.andExpect(jsonPath("$.errors[0].message").value("密码不能与用户名相同"));
	}

	@Test
	void requiresAnExistingWorkstationForWorkstationStaffAndAnExistingRepresentativeForRepresentatives()
			throws Exception {
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("ws"), TestUsers.PASSWORD, "[\"WORKSTATION_STAFF\"]", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("workstationId"));
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("ws"), TestUsers.PASSWORD, "[\"WORKSTATION_STAFF\"]", ", \"workstationId\": 987654")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("workstationId"))
			.andExpect(jsonPath("$.errors[0].message").value("工作室不存在"));
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("rep"), TestUsers.PASSWORD, "[\"REPRESENTATIVE\"]", ", \"representativeId\": 987654")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
	}

	@Test
	void refusesMissingFieldsAndAnEmptyRoleListWithFieldErrors() throws Exception {
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field",
					org.hamcrest.Matchers.hasItems("username", "displayName", "password", "roles")));
	}

	@Test
	void refusesADuplicateUsernameWhateverItsCaseWithConflict() throws Exception {
		String username = unique("dup");
		aUser(username, Role.OFFICE);
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(username.toUpperCase(), TestUsers.PASSWORD, "[\"OFFICE\"]", "")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void answersAnUnknownRoleOrMalformedJsonWithBadRequest() throws Exception {
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("x"), TestUsers.PASSWORD, "[\"SUPERUSER\"]", "")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/users").with(admin()).contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("x"), TestUsers.PASSWORD, "[\"OFFICE\"]", ", \"workstationId\": \"abc\"")))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/users").with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("x"), TestUsers.PASSWORD, "[null]", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("roles"));
	}

	@Test
	void letsOnlyAdministratorsManageUsers() throws Exception {
		String office = unique("office");
		aUser(office, Role.OFFICE, Role.AUDITOR, Role.EVALUATION_GROUP);
		mvc.perform(post("/api/v1/users").with(httpBasic(office, TestUsers.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("x"), TestUsers.PASSWORD, "[\"ADMIN\"]", "")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/users").with(httpBasic(office, TestUsers.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.content(json(unique("x"), TestUsers.PASSWORD, "[\"ADMIN\"]", "")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tellsEverySignedInUserWhoTheyAre() throws Exception {
		String auditor = unique("auditor");
		aUser(auditor, Role.AUDITOR);
		mvc.perform(get("/api/v1/me").with(httpBasic(auditor, TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(auditor))
			.andExpect(jsonPath("$.roles", containsInAnyOrder("AUDITOR")))
			.andExpect(jsonPath("$.workstationId").doesNotExist())
			.andExpect(jsonPath("$.representativeId").doesNotExist());
		mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
	}

	@Test
	void listsAndSearchesUsersPageByPage() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 0; i < 3; i++) {
			aUser("list" + tag + i, Role.OFFICE);
		}
		mvc.perform(get("/api/v1/users").param("q", tag).param("size", "2").with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].username").value("list" + tag + "0"));
		mvc.perform(get("/api/v1/users").param("q", tag.toUpperCase()).param("size", "2").param("page", "1")
			.with(admin()))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].username").value("list" + tag + "2"));
		mvc.perform(get("/api/v1/users").param("size", "1001").with(admin()))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void findsOneUserAndAnswersUnknownIdsWithNotFound() throws Exception {
		User user = aUser(unique("one"), Role.OFFICE);
		mvc.perform(get("/api/v1/users/{id}", user.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user.username()))
			.andExpect(jsonPath("$.locked").value(false))
			.andExpect(jsonPath("$.createdAt").value(org.hamcrest.Matchers.endsWith("+08:00")));
		mvc.perform(get("/api/v1/users/{id}", 99999999).with(admin())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/users/abc").with(admin())).andExpect(status().isBadRequest());
	}

	@Test
	void disablesAndEnablesAUserWhoseSignInFollows() throws Exception {
		User user = aUser(unique("dis"), Role.OFFICE);
		mvc.perform(post("/api/v1/users/{id}/disable", user.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/users/{id}/enable", user.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void refusesToLetAnAdministratorDisableThemself() throws Exception {
		long adminId = users.findByUsername("admin").orElseThrow().id();
		mvc.perform(post("/api/v1/users/{id}/disable", adminId).with(admin())).andExpect(status().isConflict());
	}

	@Test
	void resetsAPasswordUnderThePolicy() throws Exception {
		User user = aUser(unique("reset"), Role.OFFICE);
		mvc.perform(post("/api/v1/users/{id}/password", user.id()).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"short\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		mvc.perform(post("/api/v1/users/{id}/password", user.id()).with(admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\": \"Another-Pass-9\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user.username()));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "Another-Pass-9"))).andExpect(status().isOk());
	}

	@Test
	void documentsTheAccountsApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/users'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/audit'].get").exists())
			.andExpect(jsonPath("$.paths", not(org.hamcrest.Matchers.hasKey("/admin/users"))));
	}

	@OnH2
	static class OnH2Tests extends UserApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends UserApiTests {
	}
}
