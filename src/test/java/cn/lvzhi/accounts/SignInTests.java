package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/**
 * Signing in: lock-out after five failures in a row for fifteen minutes (from the one address all
 * these tests use; {@link SignInThrottlingTests} has the others), one answer whether or not the
 * user exists, disabled users refused, CSRF on forms, logout, session timeout, hashes.
 */
abstract class SignInTests {

	@Autowired
	org.springframework.context.ApplicationContext context;

	static final String WRONG = "Wrong-Password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Autowired
	PasswordEncoder encoder;

	@LocalServerPort
	int port;

	User anOfficeUser() {
		return users.create(new Users.NewUser("u" + UUID.randomUUID().toString().substring(0, 8), "测试用户",
				TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null), new Fixtures(context).district);
	}

	void failFormLogin(String username, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
	}

	User reload(User user) {
		return users.find(user.id()).orElseThrow();
	}

	@Test
	void locksAnAccountForFifteenMinutesAfterFiveFailedSignInsInARow() throws Exception {
		User user = anOfficeUser();
		failFormLogin(user.username(), 4);
		assertThat(reload(user).failedAttempts()).isEqualTo(4);
		mvc.perform(formLogin().user(user.username()).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		assertThat(reload(user).isLocked(clock.instant())).isTrue();

		// The right password does not help while locked, neither on the page nor on the API.
		mvc.perform(formLogin().user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());

		clock.advance(Duration.ofMinutes(14));
		mvc.perform(formLogin().user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		clock.advance(Duration.ofMinutes(1).plusSeconds(1));
		mvc.perform(formLogin().user(user.username()).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(reload(user).isLocked(clock.instant())).isFalse();
	}

	@Test
	void countsFailedApiCallsWithHttpBasicTowardTheLockOut() throws Exception {
		User user = anOfficeUser();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), WRONG)))
				.andExpect(status().isUnauthorized());
		}
		assertThat(reload(user).isLocked(clock.instant())).isTrue();
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aSuccessfulSignInStartsTheCountAgain() throws Exception {
		User user = anOfficeUser();
		failFormLogin(user.username(), 4);
		mvc.perform(formLogin().user(user.username()).password(TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(reload(user).failedAttempts()).isZero();
		failFormLogin(user.username(), 4);
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(reload(user).failedAttempts()).isZero();
		assertThat(reload(user).isLocked(clock.instant())).isFalse();
	}

	@Test
	void answersTheSameWhetherOrNotTheUserExists() throws Exception {
		User user = anOfficeUser();
		String unknown = "nobody" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(formLogin().user(unknown).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(user.username()).password(WRONG)).andExpect(redirectedUrl("/login?error"));

		MvcResult known = mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), WRONG)))
			.andExpect(status().isUnauthorized())
			.andReturn();
		MvcResult stranger = mvc.perform(get("/api/v1/me").with(httpBasic(unknown, WRONG)))
			.andExpect(status().isUnauthorized())
			.andReturn();
		assertThat(stranger.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(known.getResponse().getContentAsString(StandardCharsets.UTF_8));
		// Even after a lock-out the answer is the same 401.
		for (int i = 0; i < 4; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), WRONG)));
		}
		MvcResult locked = mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized())
			.andReturn();
		assertThat(locked.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.isEqualTo(known.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void neverFailsWithAServerErrorOnOddSignInAttempts() throws Exception {
		String huge = "x".repeat(500);
		mvc.perform(formLogin().user(huge).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("").password("")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(huge, WRONG))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Basic not-base64!"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesDisabledUsers() throws Exception {
		User user = anOfficeUser();
		User admin = users.findByUsername("admin").orElseThrow();
		users.disable(user.id(), new SignedInUser(admin, clock.instant()));
		mvc.perform(formLogin().user(user.username()).password(TestUsers.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/admin/users").with(user("admin").roles("ADMIN")).param("username", "x"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/logout").with(user("admin").roles("ADMIN"))).andExpect(status().isForbidden());
	}

	@Autowired
	Environment environment;

	@Autowired
	ServletContext servletContext;

	@Test
	void endsIdleSessionsAfterThirtyMinutes() {
		assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
			.isEqualTo(Duration.ofMinutes(30));
		assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void storesPasswordsAsBcryptHashesOnly() {
		User user = anOfficeUser();
		String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.id()).query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}$2").isNotEqualTo(TestUsers.PASSWORD);
		assertThat(encoder.matches(TestUsers.PASSWORD, hash)).isTrue();
	}

	@Test
	void startsWithTheAdministratorAndTheConfiguredPassword() {
		User admin = users.findByUsername(AdminBootstrap.ADMIN).orElseThrow();
		assertThat(admin.roles()).containsExactly(Role.ADMIN);
		assertThat(admin.enabled()).isTrue();
		assertThat(admin.passwordHash()).startsWith("{bcrypt}");
		assertThat(encoder.matches(TestUsers.ADMIN_PASSWORD, admin.passwordHash())).isTrue();
	}

	@Test
	void signsInWithAFormAndOutAgainOverRealHttp() throws Exception {
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;

		String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		HttpResponse<String> login = http.send(
				form(base + "/login", "username=admin&password=" + enc(TestUsers.ADMIN_PASSWORD) + "&_csrf="
						+ enc(csrf(loginPage))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));

		HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(home.statusCode()).isEqualTo(200);

		HttpResponse<String> logout = http.send(form(base + "/logout", "_csrf=" + enc(csrf(home.body()))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(logout.statusCode()).isEqualTo(302);
		assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

		HttpResponse<String> after = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void disablingAUserEndsTheSessionTheyHaveOpen() throws Exception {
		User user = anOfficeUser();
		var http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + port;
		String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		http.send(form(base + "/login", "username=" + enc(user.username()) + "&password=" + enc(TestUsers.PASSWORD)
				+ "&_csrf=" + enc(csrf(loginPage))), HttpResponse.BodyHandlers.ofString());
		assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

		users.disable(user.id(), (cn.lvzhi.shared.CurrentUser) accounts.loadUserByUsername("admin"));

		HttpResponse<String> next = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(next.statusCode()).isEqualTo(302);
		assertThat(next.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
	}

	private static HttpRequest form(String url, String body) {
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static String csrf(String html) {
		var m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF field in the page").isTrue();
		return m.group(1);
	}

	@OnH2
	static class OnH2Tests extends SignInTests {
	}

	@OnPostgres
	static class OnPostgresTests extends SignInTests {
	}
}
