package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input answered with the right code on both databases, through the real servlet container
 * (Tomcat parses query strings and multipart bodies; MockMvc does not): control characters in
 * text refused (400 for a parameter, 422 naming a field), file names with a NUL or hundreds of
 * characters, permission checked before anything in the request is read, and client mistakes
 * that leave no ERROR or stack trace in the log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
abstract class BadInputTests {

	static final String PROBLEM = "application/problem+json";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	TestClock clock;

	@Autowired
	MessageSource messages;

	final HttpClient http = HttpClient.newHttpClient();

	Fixtures fixtures;

	Workstation community;

	Representative representative;

	String office;

	String representativeUser;

	String staff;

	String auditor;

	@BeforeAll
	void setUp() {
		fixtures = new Fixtures(context);
		community = fixtures.community();
		representative = fixtures.representative(community);
		office = fixtures.user(Role.OFFICE);
		representativeUser = fixtures.userOf(representative);
		staff = fixtures.staffOf(community);
		auditor = fixtures.user(Role.AUDITOR);
	}

	// --- a) and c): file names -------------------------------------------------------------

	@Test
	void aNulByteInAnUploadedFileNameIsRefusedWith400ProblemOnTheApiNot500() throws Exception {
		long activity = activity();
		for (String path : List.of("/api/v1/activities/" + activity + "/attachments", "/api/v1/representatives/import")) {
			var response = multipart(path, office, "file", "现场\0照片.png".getBytes(StandardCharsets.UTF_8), png());
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith(PROBLEM);
			assertThat(json.readTree(response.body()).get("detail").asString()).contains("文件名含有不允许的控制字符");
		}
		assertThat(attachments(activity)).isZero();
	}

	@Test
	void aNulByteInAFileNameOnTheImportAndEvidencePagesIsAChineseErrorPageNot500() throws Exception {
		long activity = activity();
		var browser = signIn(office);
		String token = csrfOf(browser.get("/roster/representatives/import"));
		for (var page : Map.of("/roster/representatives/import", "file", "/activities/" + activity + "/evidence", "files")
			.entrySet()) {
			var response = browser.multipart(page.getKey(), token, page.getValue(),
					"名册\0.xlsx".getBytes(StandardCharsets.UTF_8), png());
			assertThat(response.statusCode()).as(page.getKey()).isEqualTo(400);
			assertThat(response.body()).contains("文件名含有不允许的控制字符");
		}
		assertThat(attachments(activity)).isZero();
	}

	@Test
	void aFileNameOfSixHundredCharactersIsKeptCutTo200NotRefusedAsTooLarge() throws Exception {
		long activity = activity();
		String name = "长".repeat(600) + ".png";
		var response = multipart("/api/v1/activities/" + activity + "/attachments", office, "file",
				name.getBytes(StandardCharsets.UTF_8), png());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String stored = json.readTree(response.body()).get("filename").asString();
		assertThat(stored).hasSize(200).endsWith("长.png");
	}

	// --- b): control characters in text ---------------------------------------------------

	@Test
	void aNulInAQueryParameterIsRefusedWith400NamingTheParameterOnBothDatabases() throws Exception {
		for (String query : List.of("q=%00", "q=%E5%BC%A0%07")) {
			var response = get("/api/v1/representatives?" + query, office);
			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(json.readTree(response.body()).get("detail").asString()).contains("“q”");
		}
		assertThat(get("/api/v1/representatives?q=" + URLEncoder.encode("代表", StandardCharsets.UTF_8), office)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aControlCharacterInAJsonFieldIsRefusedWith422NamingTheFieldAndNothingIsStored() throws Exception {
		for (String name : List.of("工作室\\u0000", "工作室\\u0007", "工作室\\u001f")) {
			String unique = Fixtures.unique("控制字符");
			var response = postJson("/api/v1/workstations", office,
					"{\"name\":\"" + unique + name + "\",\"type\":\"COMMUNITY\",\"displayOrder\":3}");
			assertThat(response.statusCode()).as(name).isEqualTo(422);
			JsonNode body = json.readTree(response.body());
			assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("name");
			assertThat(body.get("errors").get(0).get("message").asString()).contains("控制字符");
			assertThat(jdbc.sql("select count(*) from workstation where name like ?")
				.param(unique + "%")
				.query(Long.class)
				.single()).isZero();
		}
	}

	@Test
	void tabsAndLineBreaksStayAllowedInText() throws Exception {
		var response = postJson("/api/v1/activities", office,
				json.writeValueAsString(Map.of("representativeId", representative.id(), "itemCode", 1, "occurredOn",
						today().toString(), "title", "走访\t选民", "description", "第一行\r\n第二行")));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
	}

	@Test
	void aControlCharacterInAPageFormFieldIsShownAsThatFieldsError() throws Exception {
		String unique = Fixtures.unique("表单");
		String html = mvc
			.perform(post("/roster/workstations/new").with(csrf())
				.with(user(accounts.loadUserByUsername(office)))
				.param("name", unique + "\u0000")
				.param("type", "COMMUNITY")
				.param("displayOrder", "1"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("不能含有控制字符");
		assertThat(jdbc.sql("select count(*) from workstation where name like ?")
			.param(unique + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyAUniqueKeyIsCalledADuplicate() {
		var problems = new ApiProblems(messages);
		var duplicate = problems.integrity(new DuplicateKeyException("unique"));
		var other = problems.integrity(new DataIntegrityViolationException("foreign key"));
		assertThat(duplicate.getStatusCode().value()).isEqualTo(409);
		assertThat(duplicate.getBody().getDetail()).isEqualTo("与已有记录重复。");
		assertThat(other.getStatusCode().value()).isEqualTo(409);
		assertThat(other.getBody().getDetail()).doesNotContain("重复");
	}

	// --- d) and e): permission first ------------------------------------------------------

	@Test
	void aUserWithoutTheRoleIsRefused403BeforeTheBodyIsReadOrValidated() throws Exception {
		String admin = fixtures.user(Role.ADMIN);
		String evaluation = fixtures.user(Role.EVALUATION_GROUP);
		int year = today().getYear();
		// who, method, path: each with an empty (invalid) body and a malformed one
		List<List<String>> calls = List.of(List.of(representativeUser, "POST", "/api/v1/representatives"),
				List.of(auditor, "POST", "/api/v1/workstations"),
				List.of(auditor, "PUT", "/api/v1/workstations/" + community.id()),
				List.of(staff, "PUT", "/api/v1/representatives/" + representative.id()),
				List.of(staff, "POST", "/api/v1/representatives/" + representative.id() + "/end"),
				List.of(auditor, "POST", "/api/v1/activities"), List.of(auditor, "POST", "/api/v1/collective-activities"),
				List.of(office, "PUT", "/api/v1/activities/1"), List.of(auditor, "POST", "/api/v1/activities/verify"),
				List.of(office, "POST", "/api/v1/activities/record"),
				List.of(representativeUser, "POST", "/api/v1/activities/1/reject"),
				List.of(office, "POST", "/api/v1/adjustments"), List.of(evaluation, "POST", "/api/v1/publications"),
				List.of(office, "POST", "/api/v1/reviews"), List.of(office, "POST", "/api/v1/reviews/1/decide"),
				List.of(office, "POST", "/api/v1/complaints/1/decide"),
				List.of(office, "PUT", "/api/v1/year-end/" + year + "/representatives/" + representative.id()),
				List.of(auditor, "POST", "/api/v1/standard/versions"), List.of(office, "POST", "/api/v1/users"),
				List.of(office, "POST", "/api/v1/users/1/password"), List.of(admin, "POST", "/api/v1/cycles/2020/close"));
		for (List<String> call : calls) {
			for (String body : List.of("{}", "{\"name\": ", "{\"id\": \"x\", \"year\": [1]}")) {
				var response = send(call.get(1), call.get(2), call.get(0), body);
				assertThat(response.statusCode()).as(call + " " + body + ": " + response.body()).isEqualTo(403);
			}
		}
		// a path variable that is not a number is not read first either
		assertThat(send("PUT", "/api/v1/workstations/abc", auditor, "{}").statusCode()).isEqualTo(403);
		// and a multipart body that cannot be parsed
		var upload = multipart("/api/v1/representatives/import", auditor, "file",
				"名册\0.xlsx".getBytes(StandardCharsets.UTF_8), png());
		assertThat(upload.statusCode()).isEqualTo(403);
	}

	@Test
	void theAnnualStatementAskedForAsJsonIs403ForWhoMayNotReadItAndThePdfForWhoMay() throws Exception {
		String path = "/api/v1/year-end/" + today().getYear() + "/representatives/" + representative.id()
				+ "/statement.pdf";
		for (String who : List.of(staff, auditor)) {
			var refused = http.send(request(path, who).header("Accept", "application/json").GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(refused.statusCode()).as(who).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith(PROBLEM);
		}
		var other = fixtures.userOf(fixtures.representative(community));
		assertThat(http.send(request(path, other).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		var pdf = http.send(request(path, office).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
	}

	// --- f): client mistakes in the log ---------------------------------------------------

	@Test
	void clientMistakesAreAnsweredWithoutAnErrorOrAStackTraceInTheLog(CapturedOutput output) throws Exception {
		int before = output.length();
		assertThat(get("/api/v1/activities?=x", office).statusCode()).isEqualTo(400);
		assertThat(http.send(HttpRequest.newBuilder(URI.create(base() + "/login?=x")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
		var noBoundary = http.send(request("/api/v1/representatives/import", office)
			.header("Content-Type", "multipart/form-data")
			.POST(HttpRequest.BodyPublishers.ofString("xx"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(noBoundary.statusCode()).isEqualTo(400);
		assertThat(json.readTree(noBoundary.body()).get("detail").asString()).contains("multipart");
		var cutShort = http.send(request("/api/v1/representatives/import", office)
			.header("Content-Type", "multipart/form-data; boundary=zz")
			.POST(HttpRequest.BodyPublishers.ofString("--zz\r\nContent-Disposition: form-data; name=\"file\"; "
					+ "filename=\"a.xlsx\"\r\n\r\nabc"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(cutShort.statusCode()).isEqualTo(400);
		assertThat(postJson("/api/v1/workstations", office, "{\"name\": ").statusCode()).isEqualTo(400);
		assertThat(multipart("/api/v1/representatives/import", office, "file",
				"a\0.xlsx".getBytes(StandardCharsets.UTF_8), png()).statusCode()).isEqualTo(400);
		assertThat(get("/api/v1/representatives?q=%00", office).statusCode()).isEqualTo(400);

		String log = output.toString().substring(before);
		assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("Exception:");
	}

	// --- helpers --------------------------------------------------------------------------

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	/** A record of item 1 about the representative, RECORDED: evidence may be added to it. */
	long activity() {
		var now = OffsetDateTime.now(clock);
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into activity (district_id, representative_id, item_code, occurred_on, title, status, "
				+ "created_by, created_at, updated_at, version) values (?, ?, 1, ?, ?, 'RECORDED', 'test', ?, ?, 0)")
			.params(representative.districtId(), representative.id(), today().minusDays(3), "走访选民", now, now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	long attachments(long activity) {
		return jdbc.sql("select count(*) from activity_attachment where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single();
	}

	static byte[] png() throws Exception {
		var out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	String base() {
		return "http://localhost:" + port;
	}

	HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create(base() + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
	}

	HttpResponse<String> get(String path, String user) throws Exception {
		return http.send(request(path, user).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> postJson(String path, String user, String body) throws Exception {
		return send("POST", path, user, body);
	}

	HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
		return http.send(request(path, user).header("Accept", "application/json")
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> multipart(String path, String user, String field, byte[] rawFileName, byte[] content)
			throws Exception {
		return http.send(request(path, user).header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody(Map.of(), field, rawFileName, content)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	static final String BOUNDARY = "lvzhiBoundary7MA4YWxk";

	/** A multipart body written byte by byte, so that a file name can hold what no client library sends. */
	static byte[] multipartBody(Map<String, String> fields, String field, byte[] rawFileName, byte[] content) {
		var out = new ByteArrayOutputStream();
		for (var f : fields.entrySet()) {
			out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
					+ f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"")
			.getBytes(StandardCharsets.UTF_8));
		out.writeBytes(rawFileName);
		out.writeBytes("\"\r\nContent-Type: application/octet-stream\r\n\r\n".getBytes(StandardCharsets.UTF_8));
		out.writeBytes(content);
		out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	static String csrfOf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		assertThat(m.find()).as("a CSRF field in the form").isTrue();
		return m.group(1);
	}

	/** A browser signed in with the sign-in form: a session cookie, pages and their forms. */
	Browser signIn(String username) throws Exception {
		var browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
		String token = csrfOf(browser.get("/login"));
		String form = "username=" + username + "&password=" + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + token;
		var signedIn = browser.client.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
		return browser;
	}

	final class Browser {

		final HttpClient client;

		Browser(HttpClient client) {
			this.client = client;
		}

		String get(String path) throws Exception {
			var response = client.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			return response.body();
		}

		HttpResponse<String> multipart(String path, String csrfToken, String field, byte[] rawFileName, byte[] content)
				throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create(base() + path))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers
					.ofByteArray(multipartBody(Map.of("_csrf", csrfToken), field, rawFileName, content)))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

	@OnH2
	static class OnH2Tests extends BadInputTests {
	}

	@OnPostgres
	static class OnPostgresTests extends BadInputTests {
	}
}
