package cn.lvzhi.ledger;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The contract of the ledger, adjustments and standings (API.md "Points"), and the ledger's
 * rules end to end: the item-9 cap, revocations, the standard version of the day.
 */
abstract class LedgerApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

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

	Fixtures fixture;

	Api api;

	Workstation community;

	Representative rep;

	String repUser;

	String staff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		community = fixture.community();
		rep = fixture.representativeSince(community, null, STARTED);
		repUser = fixture.userOf(rep);
		staff = fixture.staffOf(community);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	JsonNode ledger(long representativeId, int year) throws Exception {
		return api.ok("/api/v1/representatives/" + representativeId + "/ledger?year=" + year, office);
	}

	long verified(Representative who, int item, LocalDate day) throws Exception {
		if (CaseworkItem.isCaseworkOnly(item)) {
			long id = fixture.fromCasework(who.id(), item, day);
			api.verify(office, id);
			return id;
		}
		return api.enterAndVerify(staff, office, activity(who.id(), item, day)).get("id").asLong();
	}

	@Test
	void capsCoSignaturesAtNinePointsACycleAndSaysWhy() throws Exception {
		var ids = new ArrayList<Long>();
		for (int month = 1; month <= 4; month++) {
			long id = fixture.fromCasework(rep.id(), 9, LocalDate.of(2019, month, 10));
			ids.add(id);
			api.verify(office, id);
		}
		var points = new ArrayList<Integer>();
		for (long id : ids) {
			points.add(api.ok("/api/v1/activities/" + id, office).get("points").asInt());
		}
		assertThat(points).containsExactly(3, 3, 3, 0);
		JsonNode ledger = ledger(rep.id(), 2019);
		assertThat(ledger.get("total").asInt()).isEqualTo(9);
		JsonNode last = ledger.get("entries").get(3);
		assertThat(last.get("activityId").asLong()).isEqualTo(ids.get(3));
		assertThat(last.get("kind").asString()).isEqualTo("BOOKED");
		assertThat(last.get("points").asInt()).isZero();
		assertThat(last.get("reason").asString()).isEqualTo("capped");
		assertThat(last.get("itemCode").asInt()).isEqualTo(9);
		assertThat(last.get("category").asString()).isEqualTo("DELIBERATION");
		assertThat(last.get("standardVersion").asInt()).isEqualTo(1);
		assertThat(last.get("by").asString()).isEqualTo(office);
		assertThat(last.get("at").asString()).endsWith("+08:00");

		// Revoking a counted record lets the capped one take its place: two entries appended.
		String before = json.writeValueAsString(ledger.get("entries"));
		api.post("/api/v1/activities/" + ids.get(1) + "/revoke", group, reason("联署未确认")).andExpect(status().isOk());
		JsonNode after = ledger(rep.id(), 2019);
		assertThat(after.get("total").asInt()).isEqualTo(9);
		ArrayNode entries = (ArrayNode) after.get("entries");
		assertThat(entries.size()).isEqualTo(6);
		var unchanged = json.createArrayNode();
		for (int i = 0; i < 4; i++) {
			unchanged.add(entries.get(i));
		}
		assertThat(json.writeValueAsString(unchanged)).isEqualTo(before);
		assertThat(entries.get(4).get("activityId").asLong()).isEqualTo(ids.get(1));
		assertThat(entries.get(4).get("kind").asString()).isEqualTo("REVERSED");
		assertThat(entries.get(4).get("points").asInt()).isEqualTo(-3);
		assertThat(entries.get(4).get("reason").asString()).isEqualTo("revoked: 联署未确认");
		assertThat(entries.get(4).get("by").asString()).isEqualTo(group);
		assertThat(entries.get(5).get("activityId").asLong()).isEqualTo(ids.get(3));
		assertThat(entries.get(5).get("kind").asString()).isEqualTo("BOOKED");
		assertThat(entries.get(5).get("points").asInt()).isEqualTo(3);
		assertThat(api.ok("/api/v1/activities/" + ids.get(3), office).get("points").asInt()).isEqualTo(3);
		assertThat(api.ok("/api/v1/activities/" + ids.get(1), office).get("points").asInt()).isZero();
		assertAccountMatchesEntries(rep.id(), 2019);
	}

	@Test
	void anEarlierDatedCoSignatureVerifiedLaterDisplacesTheLatest() throws Exception {
		long feb = verified(rep, 9, LocalDate.of(2018, 2, 1));
		long mar = verified(rep, 9, LocalDate.of(2018, 3, 1));
		long apr = verified(rep, 9, LocalDate.of(2018, 4, 1));
		long jan = api.verify(office, fixture.fromCasework(rep.id(), 9, LocalDate.of(2018, 1, 1))).get("points").asLong();
		assertThat(jan).isEqualTo(3);
		JsonNode ledger = ledger(rep.id(), 2018);
		assertThat(ledger.get("total").asInt()).isEqualTo(9);
		// the two entries of the last verification: Jan booked, Apr reversed as capped
		JsonNode entries = ledger.get("entries");
		assertThat(entries.size()).isEqualTo(5);
		JsonNode lastEntry = entries.get(3).get("activityId").asLong() == apr ? entries.get(3) : entries.get(4);
		assertThat(lastEntry.get("activityId").asLong()).isEqualTo(apr);
		assertThat(lastEntry.get("kind").asString()).isEqualTo("REVERSED");
		assertThat(lastEntry.get("points").asInt()).isEqualTo(-3);
		assertThat(lastEntry.get("reason").asString()).isEqualTo("capped");
		assertThat(api.ok("/api/v1/activities/" + apr, office).get("points").asInt()).isZero();
		assertThat(api.ok("/api/v1/activities/" + feb, office).get("points").asInt()).isEqualTo(3);
		assertThat(api.ok("/api/v1/activities/" + mar, office).get("points").asInt()).isEqualTo(3);
		assertAccountMatchesEntries(rep.id(), 2018);
	}

	@Test
	void pointsComeFromTheStandardVersionInForceOnTheDayOfTheActivity() throws Exception {
		LocalDate latest = LocalDate.of(2100, 1, 1);
		for (JsonNode v : api.ok("/api/v1/standard/versions?size=1000", office).get("items")) {
			LocalDate from = LocalDate.parse(v.get("effectiveFrom").asString());
			latest = from.isAfter(latest) ? from : latest;
		}
		LocalDate first = latest.plusDays(30);
		LocalDate second = first.plusDays(10);
		api.post("/api/v1/standard/versions", office, versionWithItemOnePoints(first, 7)).andExpect(status().isCreated());
		api.post("/api/v1/standard/versions", office, versionWithItemOnePoints(second, 11))
			.andExpect(status().isCreated());
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
		Duration ahead = Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today, second.plusDays(5)));
		clock.advance(ahead);
		try {
			long before = verified(rep, 1, second.minusDays(1));
			long on = verified(rep, 1, second);
			assertThat(api.ok("/api/v1/activities/" + before, office).get("points").asInt()).isEqualTo(7);
			assertThat(api.ok("/api/v1/activities/" + on, office).get("points").asInt()).isEqualTo(11);
			JsonNode entries = ledger(rep.id(), second.getYear()).get("entries");
			int firstNumber = entries.get(0).get("standardVersion").asInt();
			assertThat(entries.get(1).get("standardVersion").asInt()).isEqualTo(firstNumber + 1);
		}
		finally {
			clock.advance(ahead.negated());
		}
	}

	ObjectNode versionWithItemOnePoints(LocalDate effectiveFrom, int points) throws Exception {
		ObjectNode body = (ObjectNode) api.ok("/api/v1/standard/versions/1", office);
		body.remove("version");
		body.remove("name");
		body.put("effectiveFrom", effectiveFrom.toString());
		((ObjectNode) body.get("items").get(0).get("rule")).put("points", points);
		return body;
	}

	@Test
	void showsTheLedgerToTheRepresentativeTheirWorkstationTheOfficeAndTheGroupOnly() throws Exception {
		verified(rep, 1, LocalDate.of(2017, 5, 1));
		String url = "/api/v1/representatives/" + rep.id() + "/ledger?year=2017";
		for (String who : List.of(repUser, staff, office, group)) {
			api.get(url, who)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.representativeId").value(rep.id()))
				.andExpect(jsonPath("$.year").value(2017))
				.andExpect(jsonPath("$.total").value(5))
				.andExpect(jsonPath("$.entries[0].kind").value("BOOKED"))
				.andExpect(jsonPath("$.entries[0].points").value(5))
				.andExpect(jsonPath("$.entries[0].itemCode").value(1));
		}
		Workstation elsewhere = fixture.community();
		api.get(url, fixture.userOf(fixture.representativeSince(elsewhere, null, STARTED)))
			.andExpect(status().isForbidden());
		api.get(url, fixture.staffOf(elsewhere)).andExpect(status().isForbidden());
		api.get(url, fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
		api.get(url, fixture.user(Role.ADMIN)).andExpect(status().isForbidden());
		api.get(url, null).andExpect(status().isUnauthorized());
		api.get("/api/v1/representatives/" + Long.MAX_VALUE + "/ledger", office).andExpect(status().isNotFound());
		api.get("/api/v1/representatives/" + rep.id() + "/ledger?year=x", office).andExpect(status().isBadRequest());
		api.get("/api/v1/representatives/" + rep.id() + "/ledger?year=2016", repUser)
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.entries").isEmpty());
	}

	@Test
	void theEvaluationGroupBooksAdjustmentsWithAReason() throws Exception {
		verified(rep, 1, LocalDate.of(2016, 5, 1));
		api.post("/api/v1/adjustments", group, Map.of("representativeId", rep.id(), "year", 2016, "points", -2,
				"reason", "考评小组复核扣分"))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.kind").value("ADJUSTED"))
			.andExpect(jsonPath("$.points").value(-2))
			.andExpect(jsonPath("$.reason").value("考评小组复核扣分"))
			.andExpect(jsonPath("$.occurredOn").value("2016-12-31"))
			.andExpect(jsonPath("$.activityId").doesNotExist());
		JsonNode ledger = ledger(rep.id(), 2016);
		assertThat(ledger.get("total").asInt()).isEqualTo(3);
		assertThat(ledger.get("entries").get(1).get("by").asString()).isEqualTo(group);
		assertAccountMatchesEntries(rep.id(), 2016);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'POINTS_ADJUSTED' and username = ?")
			.param(group).query(Long.class).single()).isEqualTo(1);

		api.post("/api/v1/adjustments", office, Map.of("representativeId", rep.id(), "year", 2016, "points", 1,
				"reason", "x")).andExpect(status().isForbidden());
		for (var bad : List.of(Map.of("representativeId", rep.id(), "year", 2016, "points", 0, "reason", "x"),
				Map.of("representativeId", rep.id(), "year", 2016, "points", 1001, "reason", "x"),
				Map.of("representativeId", rep.id(), "year", 2016, "points", 1),
				Map.of("representativeId", rep.id(), "year", 2099, "points", 1, "reason", "x"),
				Map.of("representativeId", Long.MAX_VALUE, "year", 2016, "points", 1, "reason", "x"))) {
			api.post("/api/v1/adjustments", group, bad).andExpect(status().isUnprocessableContent());
		}
		api.post("/api/v1/adjustments", group, "{\"points\": \"many\"}").andExpect(status().isBadRequest());
		assertThat(ledger(rep.id(), 2016).get("total").asInt()).isEqualTo(3);
	}

	@Test
	void ranksInsideTheWorkstationAndOverallSharingEqualRanks() throws Exception {
		int year = 2017;
		Workstation ws = fixture.community();
		String wsStaff = fixture.staffOf(ws);
		var reps = new ArrayList<Representative>();
		for (int i = 0; i < 4; i++) {
			reps.add(fixture.representativeSince(ws, null, STARTED));
		}
		// totals 10, 5, 5, 0
		api.enterAndVerify(wsStaff, office, activity(reps.get(0).id(), 6, LocalDate.of(year, 3, 1)));
		api.enterAndVerify(wsStaff, office, activity(reps.get(1).id(), 1, LocalDate.of(year, 3, 1)));
		api.enterAndVerify(wsStaff, office, activity(reps.get(2).id(), 12, LocalDate.of(year, 3, 1)));
		JsonNode mine = api.ok("/api/v1/standings?year=" + year + "&workstationId=" + ws.id(), office);
		assertThat(mine.get("year").asInt()).isEqualTo(year);
		JsonNode rows = mine.get("rows");
		assertThat(rows.size()).isEqualTo(4);
		var ranks = new ArrayList<Integer>();
		var totals = new ArrayList<Integer>();
		rows.forEach(r -> {
			ranks.add(r.get("rankInWorkstation").asInt());
			totals.add(r.get("total").asInt());
		});
		assertThat(ranks).containsExactly(1, 2, 2, 4);
		assertThat(totals).containsExactly(10, 5, 5, 0);
		assertThat(rows.get(0).get("representativeId").asLong()).isEqualTo(reps.get(0).id());
		assertThat(rows.get(3).get("representativeId").asLong()).isEqualTo(reps.get(3).id());
		// equal ranks are ordered by name
		assertThat(rows.get(1).get("name").asString()).isLessThan(rows.get(2).get("name").asString());
		assertThat(rows.get(0).get("byCategory").get("DELIBERATION").asInt()).isEqualTo(10);
		assertThat(rows.get(2).get("byCategory").get("EXEMPLARY").asInt()).isEqualTo(5);
		assertThat(rows.get(0).get("workstationId").asLong()).isEqualTo(ws.id());
		assertThat(rows.get(0).get("workstationName").asString()).isEqualTo(ws.name());

		// Overall ranks are competition ranks over the whole district, rows grouped by workstation order.
		JsonNode all = api.ok("/api/v1/standings?year=" + year, group).get("rows");
		var displayOrder = new HashMap<Long, Integer>();
		api.ok("/api/v1/workstations?size=1000", office).forEach(w -> displayOrder.put(w.get("id").asLong(),
				w.get("displayOrder").asInt()));
		int previousOrder = Integer.MIN_VALUE;
		for (JsonNode row : all) {
			int total = row.get("total").asInt();
			long higher = 0;
			for (JsonNode other : all) {
				higher += other.get("total").asInt() > total ? 1 : 0;
			}
			assertThat(row.get("rankOverall").asLong()).isEqualTo(higher + 1);
			int order = displayOrder.get(row.get("workstationId").asLong());
			assertThat(order).isGreaterThanOrEqualTo(previousOrder);
			previousOrder = order;
			int sum = row.get("adjustments").asInt();
			for (String c : List.of("SERVICE", "DELIBERATION", "SUPERVISION", "EXEMPLARY")) {
				sum += row.get("byCategory").get(c).asInt();
			}
			assertThat(sum).isEqualTo(total);
		}
	}

	@Test
	void standingsAsOfADayCountOnlyRecordsDatedUpToIt() throws Exception {
		int year = 2016;
		Workstation ws = fixture.community();
		Representative r = fixture.representativeSince(ws, null, STARTED);
		api.enterAndVerify(office, office, activity(r.id(), 1, LocalDate.of(year, 2, 1)));
		api.enterAndVerify(office, office, activity(r.id(), 14, LocalDate.of(year, 6, 1)));
		String url = "/api/v1/standings?workstationId=" + ws.id() + "&year=" + year + "&asOf=";
		JsonNode march = api.ok(url + year + "-03-31", office);
		assertThat(march.get("asOf").asString()).isEqualTo(year + "-03-31");
		assertThat(march.get("rows").get(0).get("total").asInt()).isEqualTo(5);
		assertThat(api.ok(url + year + "-06-01", office).get("rows").get(0).get("total").asInt()).isEqualTo(25);
		assertThat(api.ok(url + year + "-12-31", office).get("rows").get(0).get("total").asInt()).isEqualTo(25);
		assertThat(api.ok(url + year + "-01-31", office).get("rows").get(0).get("total").asInt()).isZero();
		JsonNode byDefault = api.ok("/api/v1/standings?workstationId=" + ws.id() + "&year=" + year, office);
		assertThat(byDefault.get("asOf").asString())
			.isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString());
		assertThat(byDefault.get("rows").get(0).get("total").asInt()).isEqualTo(25);
	}

	@Test
	void workstationStaffSeeOnlyTheirWorkstationsStandings() throws Exception {
		Workstation ws = fixture.community();
		Representative r = fixture.representativeSince(ws, null, STARTED);
		String wsStaff = fixture.staffOf(ws);
		JsonNode own = api.ok("/api/v1/standings?year=2016", wsStaff);
		assertThat(own.get("rows").size()).isEqualTo(1);
		assertThat(own.get("rows").get(0).get("representativeId").asLong()).isEqualTo(r.id());
		api.get("/api/v1/standings?year=2016&workstationId=" + ws.id(), wsStaff).andExpect(status().isOk());
		api.get("/api/v1/standings?year=2016&workstationId=" + community.id(), wsStaff).andExpect(status().isForbidden());
		api.get("/api/v1/standings", repUser).andExpect(status().isForbidden());
		api.get("/api/v1/standings", fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
		api.get("/api/v1/standings", null).andExpect(status().isUnauthorized());
		api.get("/api/v1/standings?workstationId=" + Long.MAX_VALUE, office).andExpect(status().isNotFound());
		api.get("/api/v1/standings?asOf=yesterday", office).andExpect(status().isBadRequest());
	}

	@Test
	void exportsTheStandingsAsAWorkbookGroupedByWorkstationAndAuditsIt() throws Exception {
		int year = 2016;
		Workstation ws = fixture.community();
		Representative hostile = fixture.representatives.register(fixture.district, new RepresentativeDetails(
				"=HYPERLINK(\"x\")" + Fixtures.unique(""), Gender.MALE, null, null, null, null, null, ws.id(), null,
				STARTED));
		api.enterAndVerify(office, office, activity(hostile.id(), 14, LocalDate.of(year, 6, 1)));
		var response = api.get("/api/v1/standings/export.xlsx?year=" + year + "&workstationId=" + ws.id(), office)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(String.valueOf(year));
			Row header = sheet.getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("挂点社区工作室");
			assertThat(header.getCell(3).getStringCellValue()).isEqualTo("姓名");
			assertThat(header.getCell(9).getStringCellValue()).isEqualTo("累计积分");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(ws.name());
			Row row = sheet.getRow(3);
			assertThat(row.getCell(3).getStringCellValue()).startsWith("'=HYPERLINK");
			assertThat(row.getCell(3).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(20);
			assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(20);
			assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1);
		}
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'STANDINGS_EXPORTED' and username = ?")
			.param(office).query(Long.class).single()).isEqualTo(1);
		api.get("/api/v1/standings/export.xlsx", repUser).andExpect(status().isForbidden());
	}

	void assertAccountMatchesEntries(long representativeId, int cycle) {
		Map<String, Object> account = jdbc.sql("select * from ledger_account where representative_id = ? and cycle = ?")
			.params(representativeId, cycle)
			.query()
			.singleRow();
		Integer sum = jdbc.sql("select sum(points) from ledger_entry where representative_id = ? and cycle = ?")
			.params(representativeId, cycle)
			.query(Integer.class)
			.single();
		assertThat(((Number) account.get("total")).intValue()).isEqualTo(sum);
	}

	@OnH2
	static class OnH2Tests extends LedgerApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends LedgerApiTests {
	}
}
