package cn.lvzhi.yearend;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;
import cn.lvzhi.yearend.web.OverviewWorkbook;
import cn.lvzhi.yearend.web.YearEndApi;

/**
 * The year-end evaluation over HTTP: recording and changing it with versions, who may read and
 * write it, the points by item and quarter beside it, the overview with its grade counts, and the
 * exports read back (the workbook's cells, the statement PDF's text).
 */
abstract class YearEndApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final int YEAR = 2024;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	YearEndEvaluationRepository repository;

	Fixtures fixture;

	Api api;

	Workstation community;

	Representative rep;

	Representative neighbour;

	String repUser;

	String neighbourUser;

	String staff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		community = fixture.community();
		rep = fixture.representativeSince(community, null, STARTED);
		neighbour = fixture.representativeSince(community, null, STARTED);
		repUser = fixture.userOf(rep);
		neighbourUser = fixture.userOf(neighbour);
		staff = fixture.staffOf(community);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	static Map<String, Object> evaluation(Integer version, int satisfied, String grade) {
		var body = new LinkedHashMap<String, Object>();
		if (version != null) {
			body.put("version", version);
		}
		body.put("members", Map.of("satisfied", satisfied, "basicallySatisfied", 2, "dissatisfied", 1));
		body.put("constituents", Map.of("satisfied", 30, "basicallySatisfied", 4, "dissatisfied", 0));
		body.put("reportToElectoralUnit", true);
		body.put("reportToCommunity", false);
		body.put("grade", grade);
		return body;
	}

	String url(Representative representative) {
		return "/api/v1/year-end/" + YEAR + "/representatives/" + representative.id();
	}

	long audited(String action, String username) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and username = ?")
			.params(action, username)
			.query(Long.class)
			.single();
	}

	@Test
	void theGroupRecordsAnEvaluationAndChangesItFromTheVersionItRead() throws Exception {
		assertThat(api.ok(url(rep), group).get("evaluation").isNull()).isTrue();

		JsonNode created = api.read(api.put(url(rep), group, evaluation(null, 10, "COMPETENT"))
			.andExpect(status().isCreated()));
		JsonNode first = created.get("evaluation");
		assertThat(first.get("version").asInt()).isEqualTo(1);
		assertThat(first.get("members").get("satisfied").asInt()).isEqualTo(10);
		assertThat(first.get("constituents").get("basicallySatisfied").asInt()).isEqualTo(4);
		assertThat(first.get("reportToElectoralUnit").asBoolean()).isTrue();
		assertThat(first.get("reportToCommunity").asBoolean()).isFalse();
		assertThat(first.get("grade").asString()).isEqualTo("COMPETENT");
		assertThat(first.get("updatedBy").asString()).isEqualTo(group);
		assertThat(first.get("updatedAt").asString()).endsWith("+08:00");

		var change = evaluation(1, 12, "EXCELLENT");
		change.put("rewards", "建议评为优秀党代表");
		JsonNode second = api.read(api.put(url(rep), group, change).andExpect(status().isOk())).get("evaluation");
		assertThat(second.get("version").asInt()).isEqualTo(2);
		assertThat(second.get("grade").asString()).isEqualTo("EXCELLENT");
		assertThat(second.get("rewards").asString()).isEqualTo("建议评为优秀党代表");
		assertThat(second.get("history").size()).isEqualTo(2);
		assertThat(second.get("history").get(1).get("summary").asString()).contains("grade COMPETENT→EXCELLENT",
				"members 10/2/1→12/2/1", "rewards");

		// Somebody who read version 1 saves over it: refused, nothing changes.
		api.put(url(rep), group, evaluation(1, 3, "INCOMPETENT"))
			.andExpect(status().isConflict())
			.andExpect(header().string("Content-Type", "application/problem+json"));
		// A client that saves without a version while one exists would overwrite it blindly.
		api.put(url(rep), group, evaluation(null, 3, "INCOMPETENT")).andExpect(status().isConflict());
		// A version for an evaluation that does not exist.
		api.put(url(neighbour), group, evaluation(4, 3, "COMPETENT")).andExpect(status().isConflict());
		JsonNode now = api.ok(url(rep), office).get("evaluation");
		assertThat(now.get("version").asInt()).isEqualTo(2);
		assertThat(now.get("grade").asString()).isEqualTo("EXCELLENT");

		// Saving what is already there adds no version.
		api.put(url(rep), group, change.entrySet()
			.stream()
			.collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getKey().equals("version") ? 2 : e.getValue()),
					Map::putAll))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.evaluation.version").value(2));

		assertThat(audited("YEAR_END_EVALUATION_RECORDED", group)).isEqualTo(1);
		assertThat(audited("YEAR_END_EVALUATION_CHANGED", group)).isEqualTo(1);
	}

	@Test
	void refusesWrongInputWithTheFieldsNamed() throws Exception {
		var body = evaluation(null, -1, "COMPETENT");
		body.remove("constituents");
		body.put("penalties", "长".repeat(Assessment.NOTE_MAX + 1));
		body.remove("reportToCommunity");
		JsonNode problem = api.read(api.put(url(rep), group, body).andExpect(status().isUnprocessableContent()));
		var fields = new java.util.HashSet<String>();
		problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("members.satisfied", "constituents.satisfied",
				"constituents.basicallySatisfied", "constituents.dissatisfied", "reportToCommunity", "penalties");
		assertThat(problem.get("errors").get(0).get("message").asString()).isNotBlank();

		api.put(url(rep), group, "{\"members\": {\"satisfied\": 1}, \"grade\": \"SUPERB\"}")
			.andExpect(status().isBadRequest());
		api.put(url(rep), group, "{not json").andExpect(status().isBadRequest());
		assertThat(api.ok(url(rep), group).get("evaluation").isNull()).isTrue();
	}

	@Test
	void theOfficeReadsARepresentativeReadsOnlyTheirOwnAndOnlyTheGroupWrites() throws Exception {
		api.put(url(rep), group, evaluation(null, 5, "COMPETENT")).andExpect(status().isCreated());
		api.ok(url(rep), office);
		assertThat(api.ok(url(rep), repUser).get("evaluation").get("grade").asString()).isEqualTo("COMPETENT");
		api.get(url(rep), neighbourUser).andExpect(status().isForbidden());
		api.get(url(rep), staff).andExpect(status().isForbidden());
		api.get(url(rep), null).andExpect(status().isUnauthorized());
		api.get(url(rep) + "/statement.pdf", neighbourUser).andExpect(status().isForbidden());
		api.put(url(rep), office, evaluation(1, 5, "EXCELLENT")).andExpect(status().isForbidden());
		api.put(url(rep), repUser, evaluation(1, 5, "EXCELLENT")).andExpect(status().isForbidden());
		api.get("/api/v1/year-end/" + YEAR, repUser).andExpect(status().isForbidden());
		api.get("/api/v1/year-end/" + YEAR, staff).andExpect(status().isForbidden());
		api.get("/api/v1/year-end/" + YEAR + "/export.xlsx", repUser).andExpect(status().isForbidden());

		api.get("/api/v1/year-end/" + YEAR + "/representatives/987654321", group).andExpect(status().isNotFound());
		api.get("/api/v1/year-end/" + YEAR + "?workstationId=987654321", group).andExpect(status().isNotFound());
		api.get("/api/v1/year-end/3000/representatives/" + rep.id(), group)
			.andExpect(status().isUnprocessableContent());
		api.get("/api/v1/year-end/abc", group).andExpect(status().isBadRequest());
		// a representative who only started this year has no evaluation of 2024
		Representative newcomer = fixture.representative(community);
		api.get(url(newcomer), group).andExpect(status().isNotFound());
		api.put(url(newcomer), group, evaluation(null, 1, "COMPETENT")).andExpect(status().isNotFound());
	}

	@Test
	void aSaveFromACopyReadBeforeAnotherSaveIsRefusedByTheRowVersion() throws Exception {
		api.put(url(rep), group, evaluation(null, 5, "COMPETENT")).andExpect(status().isCreated());
		// two editors load version 1; the first saves through the API, the second's save loses
		YearEndEvaluation copy = repository.findByRepresentativeIdAndYear(rep.id(), YEAR).orElseThrow();
		api.put(url(rep), group, evaluation(1, 6, "COMPETENT")).andExpect(status().isOk());
		copy.change(new Assessment.Input(7, 2, 1, 30, 4, 0, true, false, Grade.EXCELLENT, null, null, null).checked(),
				group, clock.instant());
		assertThatThrownBy(() -> repository.save(copy)).isInstanceOf(OptimisticLockingFailureException.class);
		JsonNode now = api.ok(url(rep), group).get("evaluation");
		assertThat(now.get("version").asInt()).isEqualTo(2);
		assertThat(now.get("members").get("satisfied").asInt()).isEqualTo(6);
	}

	@Test
	void nobodyEvaluatesThemselves() throws Exception {
		// a member of the evaluation group who is also a representative
		String groupMember = Fixtures.unique("group-rep-");
		fixture.users.create(new Users.NewUser(groupMember, "测试" + groupMember, TestUsers.PASSWORD,
				EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null, rep.id()), fixture.district);
		api.put(url(rep), groupMember, evaluation(null, 5, "EXCELLENT")).andExpect(status().isForbidden());
		api.put(url(neighbour), groupMember, evaluation(null, 5, "EXCELLENT")).andExpect(status().isCreated());
	}

	@Test
	void showsYearEndPointsRanksAndPointsByItemAndQuarter() throws Exception {
		api.enterAndVerify(staff, office, activity(rep.id(), 1, LocalDate.of(YEAR, 1, 15)));
		api.enterAndVerify(staff, office, activity(rep.id(), 1, LocalDate.of(YEAR, 5, 15)));
		api.enterAndVerify(staff, office, activity(rep.id(), 6, LocalDate.of(YEAR, 9, 30)));
		api.enterAndVerify(staff, office, activity(rep.id(), 14, LocalDate.of(YEAR, 12, 31)));
		api.enterAndVerify(staff, office, activity(neighbour.id(), 14, LocalDate.of(YEAR, 3, 1)));
		api.post("/api/v1/adjustments", group,
				Map.of("representativeId", rep.id(), "year", YEAR, "points", -2, "reason", "年终核减"))
			.andExpect(status().isCreated());

		JsonNode year = api.ok(url(rep), repUser);
		assertThat(year.get("name").asString()).isEqualTo(rep.name());
		assertThat(year.get("workstationName").asString()).isEqualTo(community.name());
		assertThat(year.get("asOf").asString()).isEqualTo(YEAR + "-12-31");
		assertThat(year.get("yearOver").asBoolean()).isTrue();
		assertThat(year.get("total").asInt()).isEqualTo(5 + 5 + 10 + 20 - 2);
		assertThat(year.get("adjustments").asInt()).isEqualTo(-2);
		assertThat(year.get("byCategory").get("SERVICE").asInt()).isEqualTo(10);
		assertThat(year.get("byCategory").get("EXEMPLARY").asInt()).isEqualTo(20);
		assertThat(year.get("rankInWorkstation").asInt()).isEqualTo(1);
		JsonNode items = year.get("items");
		assertThat(items.size()).isEqualTo(3);
		assertThat(items.get(0).get("itemCode").asInt()).isEqualTo(1);
		assertThat(items.get(0).get("category").asString()).isEqualTo("SERVICE");
		assertThat(items.get(0).get("title").asString()).isNotBlank();
		assertThat(json.writeValueAsString(items.get(0).get("quarters"))).isEqualTo("[5,5,0,0]");
		assertThat(items.get(0).get("total").asInt()).isEqualTo(10);
		assertThat(items.get(1).get("itemCode").asInt()).isEqualTo(6);
		assertThat(json.writeValueAsString(items.get(1).get("quarters"))).isEqualTo("[0,0,10,0]");
		assertThat(json.writeValueAsString(items.get(2).get("quarters"))).isEqualTo("[0,0,0,20]");
		// an adjustment of a past cycle counts on its last day: the fourth quarter
		assertThat(json.writeValueAsString(year.get("adjustmentsByQuarter"))).isEqualTo("[0,0,0,-2]");
		assertThat(json.writeValueAsString(year.get("quarterTotals"))).isEqualTo("[5,5,10,18]");

		JsonNode standings = api.ok("/api/v1/standings?year=" + YEAR + "&asOf=" + YEAR + "-12-31&workstationId="
				+ community.id(), office);
		JsonNode row = standings.get("rows").get(0);
		assertThat(row.get("representativeId").asLong()).isEqualTo(rep.id());
		assertThat(year.get("rankOverall").asInt()).isEqualTo(row.get("rankOverall").asInt());
		assertThat(api.ok(url(neighbour), office).get("rankInWorkstation").asInt()).isEqualTo(2);
	}

	@Test
	void theOverviewCountsGradesOfTheShownRepresentatives() throws Exception {
		Representative third = fixture.representativeSince(community, null, STARTED);
		Workstation elsewhere = fixture.community();
		Representative outsider = fixture.representativeSince(elsewhere, null, STARTED);
		api.put(url(rep), group, evaluation(null, 5, "EXCELLENT")).andExpect(status().isCreated());
		api.put(url(neighbour), group, evaluation(null, 5, "EXCELLENT")).andExpect(status().isCreated());
		api.put(url(third), group, evaluation(null, 5, null)).andExpect(status().isCreated());
		api.put(url(outsider), group, evaluation(null, 5, "INCOMPETENT")).andExpect(status().isCreated());

		JsonNode overview = api.ok("/api/v1/year-end/" + YEAR + "?workstationId=" + community.id(), office);
		assertThat(overview.get("year").asInt()).isEqualTo(YEAR);
		assertThat(overview.get("grades").get("EXCELLENT").asInt()).isEqualTo(2);
		assertThat(overview.get("grades").get("INCOMPETENT").asInt()).isZero();
		assertThat(overview.get("ungraded").asInt()).isEqualTo(1);
		assertThat(overview.get("rows").size()).isEqualTo(3);
		var grades = new java.util.HashMap<Long, String>();
		overview.get("rows")
			.forEach(r -> grades.put(r.get("representativeId").asLong(),
					r.get("grade").isNull() ? null : r.get("grade").asString()));
		assertThat(grades).containsEntry(rep.id(), "EXCELLENT").containsEntry(third.id(), null);
		assertThat(overview.get("rows").get(0).get("version").asInt()).isEqualTo(1);

		JsonNode district = api.ok("/api/v1/year-end/" + YEAR, group);
		var ids = new java.util.HashSet<Long>();
		district.get("rows").forEach(r -> ids.add(r.get("representativeId").asLong()));
		assertThat(ids).contains(rep.id(), outsider.id());
		assertThat(district.get("grades").get("INCOMPETENT").asInt()).isPositive();
	}

	@Test
	void exportsTheOverviewAsAWorkbookWithFormulaLikeTextNeutralised() throws Exception {
		api.enterAndVerify(staff, office, activity(rep.id(), 6, LocalDate.of(YEAR, 4, 1)));
		var body = evaluation(null, 7, "BASICALLY_COMPETENT");
		body.put("penalties", "=HYPERLINK(\"http://x\")");
		api.put(url(rep), group, body).andExpect(status().isCreated());

		byte[] xlsx = api.get("/api/v1/year-end/" + YEAR + "/export.xlsx?workstationId=" + community.id(), office)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", YearEndApi.XLSX))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(YEAR + "年度");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("基本称职 1", "未评议 1");
			assertThat(sheet.getRow(2).getCell(OverviewWorkbook.GRADE_COLUMN).getStringCellValue())
				.isEqualTo("评议等次");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(community.name());
			Row first = sheet.getRow(4);
			assertThat(first.getCell(3).getStringCellValue()).isEqualTo(rep.name());
			assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(10);
			assertThat(first.getCell(OverviewWorkbook.GRADE_COLUMN).getStringCellValue()).isEqualTo("基本称职");
			assertThat(first.getCell(11).getNumericCellValue()).isEqualTo(7);
			assertThat(first.getCell(17).getStringCellValue()).isEqualTo("是");
			assertThat(first.getCell(18).getStringCellValue()).isEqualTo("否");
			assertThat(first.getCell(20).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://x\")");
			Row second = sheet.getRow(5);
			assertThat(second.getCell(3).getStringCellValue()).isEqualTo(neighbour.name());
			assertThat(second.getCell(OverviewWorkbook.GRADE_COLUMN).getStringCellValue()).isEqualTo("未评议");
		}
		assertThat(audited("YEAR_END_OVERVIEW_EXPORTED", office)).isEqualTo(1);
	}

	@Test
	void printsTheAnnualStatementWithNameNumbersAndGrade() throws Exception {
		api.enterAndVerify(staff, office, activity(rep.id(), 6, LocalDate.of(YEAR, 2, 1)));
		api.enterAndVerify(staff, office, activity(rep.id(), 14, LocalDate.of(YEAR, 11, 1)));
		var body = evaluation(null, 23, "EXCELLENT");
		body.put("rewards", "通报表扬");
		api.put(url(rep), group, body).andExpect(status().isCreated());

		byte[] pdf = api.get(url(rep) + "/statement.pdf", repUser)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(rep.name(), community.name(), "盐田区", YEAR + "年度", "优秀", "第四季度", "30",
					"20", "10", "23", "通报表扬", "已向选举单位报告年度履职情况:是");
		}
		assertThat(audited("YEAR_END_STATEMENT_PRINTED", repUser)).isEqualTo(1);

		// without an evaluation the statement says so
		byte[] unevaluated = api.get(url(neighbour) + "/statement.pdf", office)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(unevaluated)) {
			assertThat(new PDFTextStripper().getText(document)).contains(neighbour.name(), "未评议");
		}
	}

	@Test
	void theEndpointsAreDocumentedInOpenApi() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/year-end/{year}'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/year-end/{year}/export.xlsx'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/year-end/{year}/representatives/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/year-end/{year}/representatives/{id}'].put.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/year-end/{year}/representatives/{id}/statement.pdf'].get").exists());
	}

	@OnH2
	static class OnH2Tests extends YearEndApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends YearEndApiTests {
	}
}
