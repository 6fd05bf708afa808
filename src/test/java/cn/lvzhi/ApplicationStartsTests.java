package cn.lvzhi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The application starts on both databases, migrates its schema and reports itself ready. */
abstract class ApplicationStartsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void reportsReadyWithoutCredentials() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void migratesTheDefaultDistrictAndStandard() {
		assertThat(jdbc.sql("select name from district where code = 'default'").query(String.class).single())
			.isEqualTo("盐田区");
		// Version 1 is the migrated one (other tests may add later versions to the shared database).
		assertThat(jdbc.sql("""
				select count(*) from standard_item i join standard_version v on v.id = i.standard_version
				join district d on d.id = v.district_id where d.code = 'default' and v.version = 1""")
			.query(Long.class)
			.single()).isEqualTo(14L);
	}

	@LocalServerPort
	int port;

	@Test
	void answersAnUnknownApiPathWithProblemJson() throws Exception {
		// Through the real servlet container: an unknown path is answered by its error dispatch.
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + TestUsers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").contains("请求的地址或记录不存在");
	}

	@Test
	void showsAChineseErrorPageForAnUnknownPage() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/css/no-such-file.css"))
			.header("Accept", "text/html")
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("页面不存在");
	}

	@Test
	void refusesAnApiCallWithoutCredentialsWithProblemJson() throws Exception {
		mvc.perform(get("/api/v1/no-such-thing"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("请先登录,或提供正确的用户名和密码。"));
	}

	@Test
	void challengesScriptsWithBasicButNeverMakesABrowserPromptForIt() throws Exception {
		mvc.perform(get("/api/v1/me").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"lvzhi\""));
		mvc.perform(get("/api/v1/me").header("Sec-Fetch-Mode", "navigate").accept(MediaType.TEXT_HTML))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("Basic"))));
	}

	@Test
	void sendsAnonymousVisitorsOfAPageToTheLoginPage() throws Exception {
		mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	@OnH2
	static class OnH2Tests extends ApplicationStartsTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ApplicationStartsTests {
	}
}
