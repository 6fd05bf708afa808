package cn.lvzhi.activities.evidence;

import static cn.lvzhi.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/**
 * The limits, small here so that the tests stay light: our own limit on a file (16 KB), the
 * container's multipart limit on the request (64 KB), and the number of files per record (2).
 * Uploads go through the real servlet container, where the container's limit applies.
 */
@OnH2
@TestPropertySource(properties = { "lvzhi.upload.max-file-size=64KB", "lvzhi.evidence.max-file-size=16KB",
		"lvzhi.evidence.max-attachments=2" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceLimitsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	ActivityRows activities;

	Representative representative;

	String office;

	@BeforeAll
	void setUp() {
		var fixtures = new Fixtures(context);
		activities = new ActivityRows(jdbc, clock);
		representative = fixtures.representative(fixtures.community());
		office = fixtures.user(Role.OFFICE);
	}

	/** A PNG's signature padded to {@code size} bytes: a photo as far as the size check cares. */
	static byte[] pngOf(int size) {
		return Arrays.copyOf(Samples.png(), size);
	}

	ResultActions upload(long activity, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
			.file(new MockMultipartFile("file", "大照片.png", "image/png", content))
			.with(as(office)));
	}

	/** A multipart upload over real HTTP, as a browser or script sends it (the name as raw UTF-8). */
	HttpResponse<String> postOverHttp(long activity, String filename, byte[] content) throws Exception {
		String boundary = "----lvzhi" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(content);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		var request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/activities/" + activity + "/attachments"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((office + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void refusesAFileOverTheEvidenceLimitWith413NamingTheLimit() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		upload(activity, pngOf(16 * 1024)).andExpect(status().isCreated());
		upload(activity, pngOf(16 * 1024 + 1)).andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value("文件超过了 16 KB 的大小限制,请压缩或拆分后再上传"));
	}

	@Test
	void acceptsAnUploadOverRealHttpKeepingItsChineseName() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		HttpResponse<String> response = postOverHttp(activity, "走访 现场.png", Samples.png());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.body()).contains("\"filename\":\"走访 现场.png\"").contains("\"contentType\":\"image/png\"");
	}

	@Test
	void answersARequestOverTheContainerLimitWith413ProblemJsonNot500() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		HttpResponse<String> response = postOverHttp(activity, "太大.png", pngOf(100 * 1024));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":413").contains("超过大小限制");
		assertThat(jdbc.sql("select count(*) from activity_attachment where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesAFileBeyondTheMostPerRecordWith409() throws Exception {
		long activity = activities.of(representative, "RECORDED");
		upload(activity, Samples.png()).andExpect(status().isCreated());
		upload(activity, Samples.pdf()).andExpect(status().isCreated());
		upload(activity, Samples.xlsx()).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("每条履职记录最多可上传 2 个佐证材料"));
	}
}
