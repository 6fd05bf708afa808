package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * No session outlives its user's access: a browser session of a user who is disabled or given a
 * new password is refused on its next request, API and pages alike, and stays refused; HTTP Basic
 * calls open no session at all. Over real HTTP, because the session cookie is the point.
 */
abstract class SessionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aSessionOfADisabledUserIsRefusedOnTheApiAtOnceAndStaysRefused() throws Exception {
		User user = anOfficeUser();
		Browser browser = signedIn(user);
		assertThat(browser.get("/api/v1/activities").statusCode()).isEqualTo(200);

		users.disable(user.id(), admin());

		// Polling the API with the old cookie does not keep the session going.
		for (int i = 0; i < 3; i++) {
			HttpResponse<String> refused = browser.get("/api/v1/activities");
			assertThat(refused.statusCode()).isEqualTo(401);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					t -> assertThat(t).startsWith("application/problem+json"));
		}
		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
		assertThat(sessionsEndedFor(user)).isEqualTo(1);
	}

	@Test
	void aSessionIsRefusedOnThePagesOnceTheUserIsGivenANewPassword() throws Exception {
		User user = anOfficeUser();
		Browser browser = signedIn(user);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		users.resetPassword(user.id(), "Another-Pass-2026");

		HttpResponse<String> page = browser.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
		assertThat(browser.get("/api/v1/activities").statusCode()).isEqualTo(401);
		assertThat(sessionsEndedFor(user)).isEqualTo(1);
	}

	@Test
	void anHtmxRequestOnAnEndedSessionIsToldToGoToTheSignInPage() throws Exception {
		User user = anOfficeUser();
		Browser browser = signedIn(user);
		users.disable(user.id(), admin());

		HttpResponse<String> fragment = browser.send(HttpRequest.newBuilder(browser.uri("/")).header("HX-Request", "true"));
		assertThat(fragment.statusCode()).isEqualTo(401);
		assertThat(fragment.headers().firstValue("HX-Redirect")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
	}

	@Test
	void enablingAUserAgainDoesNotReviveTheSessionOpenedBeforeTheyWereDisabled() throws Exception {
		User user = anOfficeUser();
		Browser before = signedIn(user);
		users.disable(user.id(), admin());
		users.enable(user.id());

		assertThat(before.get("/api/v1/activities").statusCode()).isEqualTo(401);
		// A new sign-in works as before.
		Browser after = signedIn(user);
		assertThat(after.get("/api/v1/activities").statusCode()).isEqualTo(200);
		assertThat(after.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void anUnchangedUsersSessionGoesOnWhileOthersAreDisabled() throws Exception {
		User user = anOfficeUser();
		Browser browser = signedIn(user);
		users.disable(anOfficeUser().id(), admin());

		assertThat(browser.get("/api/v1/activities").statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);
		assertThat(sessionsEndedFor(user)).isZero();
	}

	@Test
	void aBasicAuthenticatedCallOpensNoSession() throws Exception {
		User user = anOfficeUser();
		var cookies = new CookieManager();
		var http = HttpClient.newBuilder().cookieHandler(cookies).build();
		String basic = "Basic " + Base64.getEncoder()
			.encodeToString((user.username() + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));

		for (String path : new String[] { "/api/v1/me", "/api/v1/activities" }) {
			HttpResponse<String> response = http.send(
					HttpRequest.newBuilder(URI.create(base() + path)).header("Authorization", basic).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.headers().allValues("Set-Cookie")).as("cookies set by %s", path).isEmpty();
		}
		assertThat(cookies.getCookieStore().getCookies()).isEmpty();
		// Without credentials the same client is a stranger: nothing was remembered for it.
		assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	@Test
	void answersSayNotToSendTheAddressToOtherSites() throws Exception {
		var http = HttpClient.newHttpClient();
		for (String path : new String[] { "/login", "/api/v1/public/publications", "/api/v1/me" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base() + path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
		}
	}

	private long sessionsEndedFor(User user) {
		return jdbc.sql("select count(*) from audit_entry where action = 'SESSION_ENDED' and record_id = ?")
			.param(String.valueOf(user.id()))
			.query(Long.class)
			.single();
	}

	private User anOfficeUser() {
		return users.create(new Users.NewUser("s" + UUID.randomUUID().toString().substring(0, 8), "会话测试",
				TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null), new Fixtures(context).district);
	}

	private CurrentUser admin() {
		return (CurrentUser) accounts.loadUserByUsername(AdminBootstrap.ADMIN);
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private Browser signedIn(User user) throws Exception {
		var browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		String loginPage = browser.get("/login").body();
		var matcher = CSRF.matcher(loginPage);
		assertThat(matcher.find()).as("a CSRF field on the sign-in page").isTrue();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(browser.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user.username()) + "&password="
					+ enc(TestUsers.PASSWORD) + "&_csrf=" + enc(matcher.group(1)))));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/"));
		return browser;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	/** A client that keeps cookies, as a browser does. */
	private final class Browser {

		private final HttpClient http;

		Browser(HttpClient http) {
			this.http = http;
		}

		URI uri(String path) {
			return URI.create(base() + path);
		}

		HttpResponse<String> get(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)));
		}

		HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@OnH2
	static class OnH2Tests extends SessionTests {
	}

	@OnPostgres
	static class OnPostgresTests extends SessionTests {
	}
}
