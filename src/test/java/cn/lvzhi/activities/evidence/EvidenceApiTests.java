package cn.lvzhi.activities.evidence;

import static cn.lvzhi.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evidence files of activity records through the API, on H2 and PostgreSQL: real files judged
 * by their content, stored in the database and served back byte for byte, only to those who may
 * see the record.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EvidenceApiTests {

	static final String PROBLEM = "application/problem+json";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	Fixtures fixtures;

	ActivityRows activities;

	Workstation community;

	Workstation industry;

	Representative representative;

	String representativeUser;

	String staff;

	String industryStaff;

	String office;

	@BeforeAll
	void setUp() {
		fixtures = new Fixtures(context);
		activities = new ActivityRows(jdbc, clock);
		community = fixtures.community();
		industry = fixtures.industry();
		representative = fixtures.representative(community, industry);
		representativeUser = fixtures.userOf(representative);
		staff = fixtures.staffOf(community);
		industryStaff = fixtures.staffOf(industry);
		office = fixtures.user(Role.OFFICE);
	}

	ResultActions upload(long activity, String name, byte[] content, String user) throws Exception {
		return mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.with(as(user)));
	}

	JsonNode uploaded(long activity, String name, byte[] content, String user) throws Exception {
		String body = upload(activity, name, content, user).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return json.readTree(body);
	}

	ResultActions download(long activity, long attachment, String user) throws Exception {
		return mvc.perform(get("/api/v1/activities/{id}/attachments/{a}", activity, attachment).with(as(user)));
	}

	List<String> auditActions(long activity) {
		return jdbc.sql("select action from audit_entry where record_type = 'ACTIVITY' and record_id = ? order by id")
			.param(Long.toString(activity))
			.query(String.class)
			.list();
	}

	@Test
	void representativeAddsAPhotoAndGetsTheSameBytesBackAsAnAttachmentWithItsChineseName() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		byte[] png = Samples.png();

		var result = upload(activity, "现场照片.png", png, representativeUser).andExpect(status().isCreated())
			.andExpect(jsonPath("$.filename").value("现场照片.png"))
			.andExpect(jsonPath("$.contentType").value("image/png"))
			.andExpect(jsonPath("$.size").value(png.length))
			.andExpect(jsonPath("$.sha256").value(EvidenceFiles.sha256(png)))
			.andExpect(jsonPath("$.uploadedBy").value(representativeUser))
			.andExpect(jsonPath("$.uploadedAt").value(org.hamcrest.Matchers.endsWith("+08:00")))
			.andReturn();
		long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
		assertThat(result.getResponse().getHeader("Location"))
			.isEqualTo("/api/v1/activities/" + activity + "/attachments/" + id);

		var response = download(activity, id, representativeUser).andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			// RFC 5987 for the Chinese name, after an ASCII fallback for clients that know no better.
			.andExpect(header().string("Content-Disposition", startsWith("attachment; ")))
			.andExpect(header().string("Content-Disposition",
					org.hamcrest.Matchers.endsWith("; filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Cache-Control", "private"))
			.andExpect(header().longValue("Content-Length", png.length))
			.andReturn()
			.getResponse();
		assertThat(response.getContentAsByteArray()).isEqualTo(png);
		assertThat(EvidenceFiles.sha256(response.getContentAsByteArray())).isEqualTo(EvidenceFiles.sha256(png));
		assertThat(ContentDisposition.parse(response.getHeader("Content-Disposition")).getFilename())
			.isEqualTo("现场照片.png");
		assertThat(auditActions(activity)).containsExactly("EVIDENCE_ADDED", "EVIDENCE_DOWNLOADED");
	}

	@Test
	void acceptsPdfAndOfficeDocumentsJudgedByTheirContentNotTheirNames() throws Exception {
		long activity = activities.of(representative, "RECORDED");
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		files.put("扫描件", Samples.pdf());
		files.put("纪要.doc", Samples.docx());
		files.put("签到表.xlsx", Samples.xlsx());
		files.put("老表格.xls", Samples.xls());
		List<String> types = new java.util.ArrayList<>();
		for (var file : files.entrySet()) {
			types.add(uploaded(activity, file.getKey(), file.getValue(), staff).get("contentType").asString());
		}
		assertThat(types).containsExactly("application/pdf",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-excel");

		mvc.perform(get("/api/v1/activities/{id}/attachments", activity).with(as(office)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[*].filename").value(org.hamcrest.Matchers.contains("扫描件", "纪要.doc",
					"签到表.xlsx", "老表格.xls")))
			.andExpect(jsonPath("$.items[0].sha256").value(EvidenceFiles.sha256(Samples.pdf())));
		long xls = json.readTree(mvc.perform(get("/api/v1/activities/{id}/attachments", activity).with(as(office)))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("items").get(3).get("id").asLong();
		byte[] back = download(activity, xls, office).andExpect(content().contentType("application/vnd.ms-excel"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(back).isEqualTo(Samples.xls());
	}

	@Test
	void refusesFilesWhoseContentIsNoPhotoPdfOrOfficeDocumentWith415() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		for (var file : Map.of("照片.png", Samples.text("这其实是一个文本文件"), "通知.pdf",
				Samples.text("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "资料.docx",
				Samples.zip(Map.of("readme.txt", "不是 Office 文档"))).entrySet()) {
			upload(activity, file.getKey(), file.getValue(), representativeUser)
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM))
				.andExpect(jsonPath("$.detail").value(startsWith("只能上传照片")));
		}
		assertThat(auditActions(activity)).isEmpty();
		assertThat(jdbc.sql("select count(*) from activity_attachment where activity_id = ?")
			.param(activity)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void refusesAnEmptyFileWith422() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		upload(activity, "空.png", new byte[0], representativeUser).andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM))
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("文件是空的")));
	}

	@Test
	void keepsTheSameContentOnceInTheDatabase() throws Exception {
		byte[] gif = Samples.image("gif");
		uploaded(activities.of(representative, "SUBMITTED"), "a.gif", gif, representativeUser);
		uploaded(activities.of(representative, "SUBMITTED"), "b.gif", gif, representativeUser);
		assertThat(jdbc.sql("select count(*) from attachment_content where sha256 = ?")
			.param(EvidenceFiles.sha256(gif))
			.query(Long.class)
			.single()).isEqualTo(1L);
	}

	@Test
	void letsStaffOfEitherWorkstationTheOfficeAndTheEvaluationGroupSeeTheEvidence() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		long id = uploaded(activity, "照片.png", Samples.png(), industryStaff).get("id").asLong();
		String evaluation = fixtures.user(Role.EVALUATION_GROUP);
		for (String user : List.of(representativeUser, staff, industryStaff, office, evaluation)) {
			download(activity, id, user).andExpect(status().isOk());
			mvc.perform(get("/api/v1/activities/{id}/attachments", activity).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].id").value(id));
		}
	}

	@Test
	void refusesOthersWith403() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		long id = uploaded(activity, "照片.png", Samples.png(), representativeUser).get("id").asLong();
		Workstation elsewhere = fixtures.community();
		String foreignRepresentative = fixtures.userOf(fixtures.representative(elsewhere));
		String foreignStaff = fixtures.staffOf(elsewhere);
		String auditor = fixtures.user(Role.AUDITOR);
		String admin = fixtures.user(Role.ADMIN);
		for (String user : List.of(foreignRepresentative, foreignStaff, auditor, admin)) {
			download(activity, id, user).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM));
			mvc.perform(get("/api/v1/activities/{id}/attachments", activity).with(as(user)))
				.andExpect(status().isForbidden());
			upload(activity, "照片.png", Samples.png(), user).andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		}
		// The evaluation group sees evidence but does not add any.
		upload(activity, "照片.png", Samples.png(), fixtures.user(Role.EVALUATION_GROUP))
			.andExpect(status().isForbidden());
		assertThat(auditActions(activity)).containsExactly("EVIDENCE_ADDED");
	}

	@Test
	void refusesAnonymousCallsWith401() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		mvc.perform(get("/api/v1/activities/{id}/attachments", activity)).andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		mvc.perform(get("/api/v1/activities/{id}/attachments/1", activity)).andExpect(status().isUnauthorized());
		mvc.perform(multipart("/api/v1/activities/{id}/attachments", activity)
			.file(new MockMultipartFile("file", "a.png", "image/png", Samples.png())))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void answersUnknownRecordsAndAttachmentsOfAnotherRecordWith404() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		long other = activities.of(representative, "SUBMITTED");
		long id = uploaded(other, "照片.png", Samples.png(), representativeUser).get("id").asLong();

		download(activity, id, office).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(PROBLEM));
		download(activity, Long.MAX_VALUE, office).andExpect(status().isNotFound());
		download(Long.MAX_VALUE, id, office).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/activities/{id}/attachments", Long.MAX_VALUE).with(as(office)))
			.andExpect(status().isNotFound());
		upload(Long.MAX_VALUE, "照片.png", Samples.png(), office).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("履职记录 " + Long.MAX_VALUE + " 不存在"));
	}

	@Test
	void letsEachUploaderAddEvidenceOnlyWhileTheRecordAllowsItElse409() throws Exception {
		long activity = activities.of(representative, "SUBMITTED");
		uploaded(activity, "a.png", Samples.png(), representativeUser);

		activities.setStatus(activity, "RECORDED");
		upload(activity, "b.png", Samples.png(), representativeUser).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(startsWith("这条履职记录当前的状态")));
		uploaded(activity, "b.png", Samples.png(), staff);

		activities.setStatus(activity, "RETURNED");
		uploaded(activity, "c.png", Samples.png(), representativeUser);

		activities.setStatus(activity, "VERIFIED");
		upload(activity, "d.png", Samples.png(), staff).andExpect(status().isConflict());
		uploaded(activity, "d.png", Samples.png(), office);

		activities.setStatus(activity, "REVOKED");
		upload(activity, "e.png", Samples.png(), office).andExpect(status().isConflict());
		// Seeing it stays allowed in every state.
		mvc.perform(get("/api/v1/activities/{id}/attachments", activity).with(as(representativeUser)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4));
	}

	@Test
	void documentsTheEndpointsInOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/activities/{activityId}/attachments'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/activities/{activityId}/attachments/{attachmentId}'].get").exists());
	}

	@OnH2
	static class OnH2Tests extends EvidenceApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends EvidenceApiTests {
	}
}
