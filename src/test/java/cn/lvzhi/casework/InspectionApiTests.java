package cn.lvzhi.casework;

import static cn.lvzhi.casework.CollectiveCaseApiSupport.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;

/**
 * The contract of {@code /api/v1/inspections} (docs/CASEWORK.md "Inspections, inquiries and
 * written opinions"): entered once with the participants as one RECORDED item-6 record each, 10
 * points each once verified; the report's text and file afterwards, each once; who may do what;
 * bad input named by its field, and nothing half-written.
 */
abstract class InspectionApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	CollectiveCaseApiSupport s;

	@BeforeEach
	void setUp() {
		s = new CollectiveCaseApiSupport(context, mvc, json, jdbc);
	}

	Map<String, Object> inspection(LocalDate day, Long... participants) {
		var body = new LinkedHashMap<String, Object>();
		body.put("occurredOn", day.toString());
		body.put("title", "集中视察老旧小区改造");
		body.put("description", "察看三个小区的加装电梯和管网改造");
		body.put("place", "海山街道");
		body.put("participantIds", Arrays.asList(participants));
		return body;
	}

	JsonNode enter(String who, Map<String, Object> body) throws Exception {
		return s.api.read(s.api.post("/api/v1/inspections", who, body).andExpect(status().isCreated()));
	}

	@Test
	void theOfficeEntersAnInspectionAsOneRecordedItem6RecordPerParticipantEach10PointsOnceVerified() throws Exception {
		JsonNode created = s.api.read(s.api.post("/api/v1/inspections", s.office, inspection(DAY, s.rep.id(), s.other.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/v1/inspections/"))));
		long id = created.get("id").asLong();
		assertThat(created.get("activityIds").size()).isEqualTo(2);
		var owners = new ArrayList<Long>();
		for (JsonNode activity : created.get("activityIds")) {
			JsonNode record = s.api.ok("/api/v1/activities/" + activity.asLong(), s.office);
			assertThat(record.get("status").asString()).isEqualTo("RECORDED");
			assertThat(record.get("itemCode").asInt()).isEqualTo(6);
			assertThat(record.get("collectiveId").asLong()).isEqualTo(created.get("collectiveId").asLong());
			assertThat(record.get("title").asString()).isEqualTo("集中视察老旧小区改造");
			assertThat(record.get("place").asString()).isEqualTo("海山街道");
			owners.add(record.get("representativeId").asLong());
			assertThat(s.api.verify(s.office, activity.asLong()).get("points").asInt()).isEqualTo(10);
		}
		assertThat(owners).containsExactly(s.rep.id(), s.other.id());
		s.api.get("/api/v1/inspections/" + id, s.office)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.collectiveId").value(created.get("collectiveId").asLong()))
			.andExpect(jsonPath("$.occurredOn").value(DAY.toString()))
			.andExpect(jsonPath("$.place").value("海山街道"))
			.andExpect(jsonPath("$.report").isEmpty())
			.andExpect(jsonPath("$.participants[*].representativeId").value(containsInAnyOrder(
					s.rep.id().intValue(), s.other.id().intValue())))
			.andExpect(jsonPath("$.participants[0].name").value(s.rep.name()))
			.andExpect(jsonPath("$.participants[*].status").value(containsInAnyOrder("VERIFIED", "VERIFIED")))
			.andExpect(jsonPath("$.participants[*].points").value(containsInAnyOrder(10, 10)));
		assertThat(s.audit("INSPECTION", id)).containsExactly("INSPECTION_ENTERED");
		// The representative's page lists it among their collective activities, with its points.
		var latest = context.getBean(cn.lvzhi.activities.CollectiveActivities.class)
			.latestOf(s.rep.districtId(), s.rep.id());
		assertThat(latest).first().satisfies(v -> {
			assertThat(v.record().collectiveId()).contains(created.get("collectiveId").asLong());
			assertThat(v.points()).isEqualTo(10);
		});
	}

	@Test
	void staffEnterOnlyTheirOwnRepresentativesAndOthersNoneCreatingNothing() throws Exception {
		long before = s.rows("inspection");
		long records = s.records(s.rep, s.other);
		s.api.post("/api/v1/inspections", s.staff, inspection(DAY, s.rep.id(), s.other.id()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		for (String who : List.of(s.repUser, s.group, s.auditor)) {
			s.api.post("/api/v1/inspections", who, inspection(DAY, s.rep.id())).andExpect(status().isForbidden());
		}
		s.api.post("/api/v1/inspections", null, inspection(DAY, s.rep.id())).andExpect(status().isUnauthorized());
		assertThat(s.rows("inspection")).isEqualTo(before);
		assertThat(s.records(s.rep, s.other)).isEqualTo(records);
		enter(s.industryStaff, inspection(DAY, s.rep.id()));
		assertThat(s.records(s.rep)).isEqualTo(records + 1);
	}

	@Test
	void permissionIsAskedBeforeTheBodyIsLookedAt() throws Exception {
		var bad = inspection(LocalDate.now(clock).plusDays(3), s.rep.id(), s.other.id());
		bad.put("title", " ");
		s.api.post("/api/v1/inspections", s.staff, bad).andExpect(status().isForbidden());
		s.api.post("/api/v1/inspections", s.repUser, "{}").andExpect(status().isForbidden());
		s.api.post("/api/v1/inspections", s.repUser, "{\"occurredOn\": ").andExpect(status().isForbidden());
		s.api.post("/api/v1/inspections", s.office, "{\"occurredOn\": ").andExpect(status().isBadRequest());
	}

	@Test
	void badInputIs422NamingEachFieldAndWritesNothing() throws Exception {
		long before = s.rows("inspection");
		long records = s.records(s.rep, s.other);
		s.api.post("/api/v1/inspections", s.office, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("occurredOn", "title", "participantIds")));
		var wrong = inspection(LocalDate.now(clock).plusDays(1), s.rep.id());
		wrong.put("place", "地".repeat(201));
		s.api.post("/api/v1/inspections", s.office, wrong)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("occurredOn", "place")));
		s.api.post("/api/v1/inspections", s.office, inspection(DAY, s.rep.id(), Long.MAX_VALUE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		s.api.post("/api/v1/inspections", s.office, inspection(DAY, s.rep.id(), s.rep.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		s.api.post("/api/v1/inspections", s.office, inspection(DAY, s.rep.id(), s.newcomer().id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		assertThat(s.rows("inspection")).isEqualTo(before);
		assertThat(s.rows("collective_case_participant where case_kind = 'INSPECTION'"))
			.isEqualTo(jdbc.sql("select count(*) from collective_case_participant c join inspection i on i.id = c.case_id"
					+ " where c.case_kind = 'INSPECTION'").query(Long.class).single());
		assertThat(s.records(s.rep, s.other)).isEqualTo(records);
	}

	@Test
	void aParticipantWritesTheReportOnceAndTheirStaffAddsItsFileOnce() throws Exception {
		long id = enter(s.office, inspection(DAY, s.rep.id())).get("id").asLong();
		String report = "/api/v1/inspections/" + id + "/report";
		s.api.post(report, s.otherUser, Map.of("text", "x")).andExpect(status().isForbidden());
		s.api.post(report, s.otherStaff, Map.of("text", "x")).andExpect(status().isForbidden());
		s.api.post(report, s.group, Map.of("text", "x")).andExpect(status().isForbidden());
		s.api.post(report, s.repUser, Map.of("text", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		s.api.post(report, s.repUser, Map.of("text", "报".repeat(10001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("text"));
		s.api.post(report, s.repUser, Map.of("text", "  建议加快管网改造进度。 "))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.report.text").value("建议加快管网改造进度。"))
			.andExpect(jsonPath("$.report.writtenBy").value(s.repUser))
			.andExpect(jsonPath("$.report.writtenAt").value(org.hamcrest.Matchers.endsWith("+08:00")));
		s.api.post(report, s.office, Map.of("text", "另一份")).andExpect(status().isConflict());
		s.api.post("/api/v1/inspections/" + Long.MAX_VALUE + "/report", s.office, Map.of("text", "x"))
			.andExpect(status().isNotFound());

		String file = report + "/file";
		s.api.get(file, s.office).andExpect(status().isNotFound());
		s.upload(file, s.otherStaff, "报告.pdf", CaseSamples.pdf()).andExpect(status().isForbidden());
		byte[] pdf = CaseSamples.pdf();
		s.upload(file, s.staff, "视察报告.pdf", pdf)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reportFile.filename").value("视察报告.pdf"))
			.andExpect(jsonPath("$.reportFile.contentType").value("application/pdf"))
			.andExpect(jsonPath("$.reportFile.size").value(pdf.length))
			.andExpect(jsonPath("$.reportFile.uploadedBy").value(s.staff));
		s.upload(file, s.office, "第二份.pdf", pdf).andExpect(status().isConflict());
		byte[] downloaded = s.api.get(file, s.group)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; ")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		s.api.get(file, s.otherUser).andExpect(status().isForbidden());
		assertThat(s.audit("INSPECTION", id)).containsExactly("INSPECTION_ENTERED", "INSPECTION_REPORTED",
				"INSPECTION_FILE_ADDED", "INSPECTION_FILE_DOWNLOADED");
	}

	@Test
	void aReportFileIsAPhotoPdfOrOfficeDocumentWithinTheLimit() throws Exception {
		long id = enter(s.office, inspection(DAY, s.rep.id())).get("id").asLong();
		String file = "/api/v1/inspections/" + id + "/report/file";
		s.upload(file, s.office, "报告.pdf", CaseSamples.text())
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		s.upload(file, s.office, "报告.pdf", new byte[0])
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] tooLarge = Arrays.copyOf(CaseSamples.pdf(), 20 * 1024 * 1024 + 1);
		s.upload(file, s.office, "报告.pdf", tooLarge).andExpect(status().isContentTooLarge());
		s.api.get("/api/v1/inspections/" + id, s.office).andExpect(jsonPath("$.reportFile").isEmpty());
		assertThat(s.audit("INSPECTION", id)).containsExactly("INSPECTION_ENTERED");
	}

	@Test
	void theParticipantsTheirStaffAndTheWholeDistrictsReadersReadItNobodyElse() throws Exception {
		long id = enter(s.office, inspection(DAY, s.rep.id())).get("id").asLong();
		for (String who : List.of(s.repUser, s.staff, s.industryStaff, s.office, s.group)) {
			s.api.get("/api/v1/inspections/" + id, who).andExpect(status().isOk());
		}
		for (String who : List.of(s.otherUser, s.otherStaff, s.auditor)) {
			s.api.get("/api/v1/inspections/" + id, who).andExpect(status().isForbidden());
		}
		s.api.get("/api/v1/inspections/" + id, null).andExpect(status().isUnauthorized());
		s.api.get("/api/v1/inspections/" + Long.MAX_VALUE, s.office).andExpect(status().isNotFound());
		s.api.get("/api/v1/inspections/abc", s.office).andExpect(status().isBadRequest());
	}

	@Test
	void listsOnlyWhatEachUserMaySeeOfTheYearAskedNewestFirst() throws Exception {
		long mine = enter(s.office, inspection(DAY, s.rep.id())).get("id").asLong();
		long earlier = enter(s.staff, inspection(DAY.minusYears(1), s.rep.id())).get("id").asLong();
		long theirs = enter(s.office, inspection(DAY, s.other.id())).get("id").asLong();
		assertThat(Api.ids(s.api.ok("/api/v1/inspections?size=1000", s.repUser))).contains(mine, earlier)
			.doesNotContain(theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/inspections?size=1000", s.industryStaff))).contains(mine, earlier)
			.doesNotContain(theirs);
		assertThat(Api.ids(s.api.ok("/api/v1/inspections?size=1000", s.otherStaff))).contains(theirs)
			.doesNotContain(mine, earlier);
		JsonNode year = s.api.ok("/api/v1/inspections?size=1000&year=" + DAY.getYear(), s.group);
		assertThat(Api.ids(year)).contains(mine, theirs).doesNotContain(earlier);
		assertThat(Api.ids(year).indexOf(theirs)).isLessThan(Api.ids(year).indexOf(mine));
		for (JsonNode item : year.get("items")) {
			if (item.get("id").asLong() == mine) {
				assertThat(item.get("participantIds").get(0).asLong()).isEqualTo(s.rep.id());
				assertThat(item.get("reported").asBoolean()).isFalse();
			}
		}
		JsonNode page = s.api.ok("/api/v1/inspections?size=1&page=0", s.repUser);
		assertThat(page.get("items").size()).isEqualTo(1);
		assertThat(page.get("total").asLong()).isEqualTo(2);
		s.api.get("/api/v1/inspections?year=1000000000", s.office)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		s.api.get("/api/v1/inspections?size=1001", s.office)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("size")));
		s.api.get("/api/v1/inspections", s.auditor).andExpect(status().isForbidden());
	}


	@OnH2
	static class OnH2Tests extends InspectionApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends InspectionApiTests {
	}
}
