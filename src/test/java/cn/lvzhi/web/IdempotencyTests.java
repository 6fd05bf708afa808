package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md: a {@code POST} that creates, repeated with the same {@code Idempotency-Key} and body,
 * returns the first result and creates nothing new. Through the real servlet container, so that
 * the filter runs where it runs in production: after Spring Security, before the controllers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class IdempotencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	Users users;

	@Autowired
	Districts districts;

	final HttpClient http = HttpClient.newHttpClient();

	String office;

	String otherOffice;

	@BeforeAll
	void createUsers() {
		office = officeUser();
		otherOffice = officeUser();
	}

	String officeUser() {
		String username = "idem-" + UUID.randomUUID().toString().substring(0, 8);
		users.create(new Users.NewUser(username, "幂等测试" + username, TestUsers.PASSWORD, Set.of(Role.OFFICE), null, null),
				districts.defaultDistrict().id());
		return username;
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	static String key() {
		return UUID.randomUUID().toString();
	}

	HttpRequest.Builder request(String path, String user) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
	}

	HttpResponse<String> post(String path, String user, String key, String body) throws Exception {
		HttpRequest.Builder request = request(path, user).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String workstation(String name) {
		return "{\"name\":\"" + name + "\",\"type\":\"COMMUNITY\",\"displayOrder\":7}";
	}

	long workstationsNamed(String name) {
		return jdbc.sql("select count(*) from workstation where name = ?").param(name).query(Long.class).single();
	}

	long representativesNamed(String name) {
		return jdbc.sql("select count(*) from representative where name = ?").param(name).query(Long.class).single();
	}

	long keysStored(String key) {
		return jdbc.sql("select count(*) from idempotent_request where idem_key = ?").param(key).query(Long.class).single();
	}

	JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	long newWorkstation() throws Exception {
		HttpResponse<String> created = post("/api/v1/workstations", office, null, workstation(unique("幂等工作室")));
		assertThat(created.statusCode()).isEqualTo(201);
		return body(created).get("id").asLong();
	}

	@Test
	void repeatingACreateWithTheSameKeyAndBodyAnswersTheFirstResultAndCreatesOnlyOne() throws Exception {
		String name = unique("幂等工作室");
		String key = key();

		HttpResponse<String> first = post("/api/v1/workstations", office, key, workstation(name));
		HttpResponse<String> repeat = post("/api/v1/workstations", office, key, workstation(name));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(repeat.statusCode()).isEqualTo(201);
		assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(body(repeat).get("id").asLong()).isEqualTo(body(first).get("id").asLong());
		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(repeat.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/api/v1/workstations/" + body(first).get("id").asLong()));
		assertThat(repeat.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(workstationsNamed(name)).isEqualTo(1);
	}

	@Test
	void refusesTheSameKeyWithAnotherBodyOrPathAndCreatesNothing() throws Exception {
		String name = unique("幂等工作室");
		String other = unique("另一工作室");
		String key = key();
		assertThat(post("/api/v1/workstations", office, key, workstation(name)).statusCode()).isEqualTo(201);

		HttpResponse<String> otherBody = post("/api/v1/workstations", office, key, workstation(other));
		HttpResponse<String> otherPath = post("/api/v1/representatives", office, key,
				"{\"name\":\"" + unique("代表") + "\",\"communityWorkstationId\":" + newWorkstation() + "}");

		for (HttpResponse<String> refused : List.of(otherBody, otherPath)) {
			assertThat(refused.statusCode()).isEqualTo(409);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(body(refused).get("detail").asString()).contains("Idempotency-Key").contains("不同");
		}
		assertThat(workstationsNamed(other)).isZero();
	}

	@Test
	void keysOfDifferentUsersAreIndependent() throws Exception {
		String key = key();
		String mine = unique("甲工作室");
		String theirs = unique("乙工作室");

		HttpResponse<String> first = post("/api/v1/workstations", office, key, workstation(mine));
		HttpResponse<String> second = post("/api/v1/workstations", otherOffice, key, workstation(theirs));

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(body(second).get("id").asLong()).isNotEqualTo(body(first).get("id").asLong());
		HttpResponse<String> theirRepeat = post("/api/v1/workstations", otherOffice, key, workstation(theirs));
		assertThat(theirRepeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(body(theirRepeat).get("id").asLong()).isEqualTo(body(second).get("id").asLong());
		assertThat(workstationsNamed(mine)).isEqualTo(1);
		assertThat(workstationsNamed(theirs)).isEqualTo(1);
	}

	@Test
	void aRequestThatFailedValidationCanBeCorrectedAndSentAgainWithTheSameKey() throws Exception {
		String key = key();
		String name = unique("改正工作室");

		HttpResponse<String> invalid = post("/api/v1/workstations", office, key,
				"{\"name\":\"\",\"type\":\"COMMUNITY\",\"displayOrder\":7}");
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(keysStored(key)).isZero();

		HttpResponse<String> corrected = post("/api/v1/workstations", office, key, workstation(name));
		assertThat(corrected.statusCode()).isEqualTo(201);
		assertThat(corrected.headers().firstValue("Idempotent-Replayed")).isEmpty();

		HttpResponse<String> repeat = post("/api/v1/workstations", office, key, workstation(name));
		assertThat(repeat.statusCode()).isEqualTo(201);
		assertThat(body(repeat).get("id").asLong()).isEqualTo(body(corrected).get("id").asLong());
		assertThat(workstationsNamed(name)).isEqualTo(1);
	}

	@Test
	void withoutAKeyTwoIdenticalCreatesCreateTwo() throws Exception {
		String name = unique("代表");
		String representative = "{\"name\":\"" + name + "\",\"communityWorkstationId\":" + newWorkstation() + "}";

		HttpResponse<String> first = post("/api/v1/representatives", office, null, representative);
		HttpResponse<String> second = post("/api/v1/representatives", office, null, representative);

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(body(second).get("id").asLong()).isNotEqualTo(body(first).get("id").asLong());
		assertThat(representativesNamed(name)).isEqualTo(2);
	}

	@Test
	void twoRequestsWithTheSameKeyAtOnceCreateExactlyOne() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String name = unique("并发工作室");
				String key = key();
				var start = new CountDownLatch(1);
				Callable<HttpResponse<String>> send = () -> {
					start.await();
					return post("/api/v1/workstations", office, key, workstation(name));
				};
				Future<HttpResponse<String>> a = threads.submit(send);
				Future<HttpResponse<String>> b = threads.submit(send);
				start.countDown();
				List<HttpResponse<String>> responses = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));

				assertThat(workstationsNamed(name)).as("round %d", round).isEqualTo(1);
				assertThat(responses).filteredOn(r -> r.statusCode() == 201
						&& r.headers().firstValue("Idempotent-Replayed").isEmpty()).hasSize(1);
				HttpResponse<String> created = responses.stream()
					.filter(r -> r.headers().firstValue("Idempotent-Replayed").isEmpty() && r.statusCode() == 201)
					.findFirst()
					.orElseThrow();
				HttpResponse<String> other = responses.get(0) == created ? responses.get(1) : responses.get(0);
				if (other.statusCode() == 201) {
					assertThat(other.headers().firstValue("Idempotent-Replayed")).hasValue("true");
					assertThat(other.body()).isEqualTo(created.body());
				}
				else {
					assertThat(other.statusCode()).isEqualTo(409);
					assertThat(body(other).get("detail").asString()).contains("处理中");
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void refusesAMalformedKeyWithBadRequestAndCreatesNothing() throws Exception {
		String name = unique("坏键工作室");
		for (String key : List.of("k".repeat(201), "", "   ")) {
			HttpResponse<String> refused = post("/api/v1/workstations", office, key, workstation(name));
			assertThat(refused.statusCode()).as("key of %d characters", key.length()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(body(refused).get("detail").asString()).contains("Idempotency-Key");
		}
		assertThat(workstationsNamed(name)).isZero();
		assertThat(post("/api/v1/workstations", office, "k".repeat(200), workstation(name)).statusCode()).isEqualTo(201);
	}

	@Test
	void aCallWithoutCredentialsIsRefusedBeforeTheKeyIsTaken() throws Exception {
		String key = key();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/workstations"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(workstation(unique("匿名工作室"))))
			.build();
		assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
		assertThat(keysStored(key)).isZero();
	}

	@Test
	void repeatingAnImportWithTheSameKeyImportsOnceEvenWithANewMultipartBoundary() throws Exception {
		long workstation = newWorkstation();
		String workstationName = jdbc.sql("select name from workstation where id = ?")
			.param(workstation)
			.query(String.class)
			.single();
		String name = unique("导入代表");
		byte[] xlsx = roster(name, workstationName);
		String key = key();

		HttpResponse<String> first = upload(key, xlsx);
		HttpResponse<String> repeat = upload(key, xlsx);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		assertThat(body(first).get("imported").asInt()).isEqualTo(1);
		assertThat(repeat.statusCode()).as(repeat.body()).isEqualTo(200);
		assertThat(repeat.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(repeat.body()).isEqualTo(first.body());
		assertThat(representativesNamed(name)).isEqualTo(1);
	}

	HttpResponse<String> upload(String key, byte[] xlsx) throws Exception {
		String boundary = "----lvzhi" + UUID.randomUUID();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(xlsx);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = request("/api/v1/representatives/import", office)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A roster sheet of one representative, with the Chinese headers of the exported sheet. */
	byte[] roster(String name, String workstation) throws IOException {
		List<String> headers = List.of("姓名", "性别", "工作单位", "职务", "联系电话", "选举单位", "届次", "挂点社区工作室", "行业工作室",
				"状态", "任期开始", "任期结束", "离任原因");
		List<String> values = new ArrayList<>(List.of(name, "女", "某单位", "书记", "", "某选举单位", "第三届", workstation, "", "在任",
				LocalDate.now(clock).toString()));
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("名册");
			var header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			var row = sheet.createRow(1);
			for (int i = 0; i < values.size(); i++) {
				if (!values.get(i).isEmpty()) {
					row.createCell(i).setCellValue(values.get(i));
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void theApiDocumentOffersTheHeaderOnEveryPostUnderTheApi() throws Exception {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
				HttpResponse.BodyHandlers.ofString());
		JsonNode paths = body(response).get("paths");

		int posts = 0;
		for (var path : paths.properties()) {
			JsonNode post = path.getValue().get("post");
			if (post == null) {
				continue;
			}
			posts++;
			assertThat(post.get("parameters")).as(path.getKey())
				.anySatisfy(p -> {
					assertThat(p.get("name").asString()).isEqualTo("Idempotency-Key");
					assertThat(p.get("in").asString()).isEqualTo("header");
					assertThat(p.get("required").asBoolean()).isFalse();
				});
		}
		assertThat(posts).isGreaterThanOrEqualTo(4);
		JsonNode list = paths.get("/api/v1/workstations").get("get");
		assertThat(list.get("parameters") == null ? List.of() : list.get("parameters").valueStream()
			.map(p -> p.get("name").asString())
			.toList()).doesNotContain("Idempotency-Key");
	}

	@Test
	void aKeyIsForgottenAfterADayAndAnAbandonedRequestAfterFiveMinutes() {
		Clock now = clock;
		var today = new IdempotentRequests(jdbc, now);
		var tomorrow = new IdempotentRequests(jdbc, Clock.offset(now, Duration.ofHours(25)));
		var later = new IdempotentRequests(jdbc, Clock.offset(now, Duration.ofMinutes(6)));
		String principal = unique("expiry-");
		var request = new IdempotentRequests.Request(principal, key(), "POST", "/api/v1/things", "hash-a");
		var changed = new IdempotentRequests.Request(principal, request.key(), "POST", "/api/v1/things", "hash-b");

		var started = (IdempotentRequests.Started) today.begin(request);
		today.complete(started, new IdempotentRequests.Response(201, "application/json", "/api/v1/things/1",
				"{\"id\":1}".getBytes(StandardCharsets.UTF_8)));
		assertThat(today.begin(request)).isInstanceOfSatisfying(IdempotentRequests.Replay.class,
				replay -> assertThat(replay.response().location()).isEqualTo("/api/v1/things/1"));
		assertThat(today.begin(changed)).isInstanceOf(IdempotentRequests.Mismatch.class);
		assertThat(tomorrow.begin(changed)).isInstanceOf(IdempotentRequests.Started.class);

		var running = new IdempotentRequests.Request(principal, key(), "POST", "/api/v1/things", "hash-c");
		var abandoned = (IdempotentRequests.Started) today.begin(running);
		assertThat(today.begin(running)).isInstanceOf(IdempotentRequests.InProgress.class);
		var retried = (IdempotentRequests.Started) later.begin(running);
		// The abandoned attempt, finishing late, neither completes nor frees the retry's key.
		today.complete(abandoned, new IdempotentRequests.Response(201, null, null, new byte[0]));
		today.abandon(abandoned);
		assertThat(later.begin(running)).isInstanceOf(IdempotentRequests.InProgress.class);
		later.complete(retried, new IdempotentRequests.Response(200, null, null, new byte[] { 1, 2 }));
		assertThat(later.begin(running)).isInstanceOfSatisfying(IdempotentRequests.Replay.class,
				replay -> assertThat(replay.response().body()).containsExactly(1, 2));
	}

	@OnH2
	static class OnH2Tests extends IdempotencyTests {
	}

	@OnPostgres
	static class OnPostgresTests extends IdempotencyTests {
	}
}
