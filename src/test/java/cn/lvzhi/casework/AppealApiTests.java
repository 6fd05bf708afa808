package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
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

/**
 * The contract of {@code /api/v1/appeals} and the constituent's rating link (API.md "Casework",
 * docs/CASEWORK.md "Appeals"): each step, the records it creates and their verification by the
 * office with points, who may do what, the constituent's personal data masked per user and every
 * full view audited, the answers to wrong states, bad input and racing steps, the one-time link.
 */
abstract class AppealApiTests {

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

	@LocalServerPort
	int port;

	Fixtures fixture;

	Api api;

	Workstation community;

	Workstation otherCommunity;

	Representative rep;

	Representative neighbour;

	Representative other;

	String repUser;

	String neighbourUser;

	String otherUser;

	String staff;

	String otherStaff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		community = fixture.community();
		otherCommunity = fixture.community();
		rep = fixture.representativeSince(community, null, STARTED);
		neighbour = fixture.representativeSince(community, null, STARTED);
		other = fixture.representativeSince(otherCommunity, null, STARTED);
		repUser = fixture.userOf(rep);
		neighbourUser = fixture.userOf(neighbour);
		otherUser = fixture.userOf(other);
		staff = fixture.staffOf(community);
		otherStaff = fixture.staffOf(otherCommunity);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	Map<String, Object> appeal(Workstation at) {
		var body = new LinkedHashMap<String, Object>();
		body.put("constituentName", "张三丰");
		body.put("constituentPhone", "13812345678");
		body.put("constituentAddress", "盐田区海山街道海涛路 8 号 3 栋 502");
		body.put("content", "小区门口路灯坏了三个月,晚上出行不便,请协调修复。");
		body.put("category", "市政设施");
		body.put("subject", "小区门口路灯损坏");
		body.put("receivedOn", today().toString());
		body.put("channel", "DUTY_SHIFT");
		body.put("workstationId", at.id());
		return body;
	}

	long register(String who, Map<String, Object> body) throws Exception {
		return api.read(api.post("/api/v1/appeals", who, body).andExpect(status().isCreated())).get("id").asLong();
	}

	JsonNode step(String who, long id, String step, Object body) throws Exception {
		return api.read(api.post("/api/v1/appeals/" + id + "/" + step, who, body).andExpect(status().isOk()));
	}

	/** An appeal proxied by {@code rep}, assigned and resolved: waiting for the constituent's rating. */
	long resolved() throws Exception {
		long id = register(staff, appeal(community));
		step(repUser, id, "proxy", Map.of("representativeId", rep.id()));
		step(staff, id, "assign", Map.of("handlingUnit", "海山街道城建办", "dueOn", today().plusDays(15).toString()));
		step(staff, id, "resolve", Map.of("resolution", "城建办已更换路灯三盏,恢复照明。"));
		return id;
	}

	// ---- registering -----------------------------------------------------------------------

	@Test
	void staffRegisterAnAppealReceivedOnADutyShiftAndSeeItInFull() throws Exception {
		JsonNode created = api.read(api.post("/api/v1/appeals", staff, appeal(community))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/appeals/")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.records").isEmpty()));
		long id = created.get("id").asLong();
		JsonNode appeal = api.ok("/api/v1/appeals/" + id, staff);
		assertThat(appeal.get("constituentName").asString()).isEqualTo("张三丰");
		assertThat(appeal.get("constituentPhone").asString()).isEqualTo("13812345678");
		assertThat(appeal.get("constituentAddress").asString()).startsWith("盐田区海山街道");
		assertThat(appeal.get("personalDataMasked").asBoolean()).isFalse();
		assertThat(appeal.get("channel").asString()).isEqualTo("DUTY_SHIFT");
		assertThat(appeal.get("workstationName").asString()).isEqualTo(community.name());
		assertThat(appeal.get("history").get(0).get("action").asString()).isEqualTo("REGISTER");
		assertThat(appeal.get("history").get(0).get("by").asString()).isEqualTo(staff);
		assertThat(appeal.get("history").get(0).get("at").asString()).endsWith("+08:00");
		assertThat(appeal.get("followUps")).isEmpty();
		assertThat(audit(id, "APPEAL_REGISTERED")).isEqualTo(1);
		assertThat(audit(id, "APPEAL_PERSONAL_DATA_VIEWED")).isEqualTo(1);
	}

	@Test
	void anAttachedRepresentativeAndTheOfficeRegisterButNobodyElse() throws Exception {
		register(repUser, appeal(community));
		register(office, appeal(otherCommunity));
		long before = appeals(community);
		api.post("/api/v1/appeals", otherStaff, appeal(community)).andExpect(status().isForbidden());
		api.post("/api/v1/appeals", otherUser, appeal(community)).andExpect(status().isForbidden());
		for (Role role : List.of(Role.EVALUATION_GROUP, Role.AUDITOR, Role.ADMIN)) {
			api.post("/api/v1/appeals", fixture.user(role), appeal(community))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		api.post("/api/v1/appeals", null, appeal(community)).andExpect(status().isUnauthorized());
		assertThat(appeals(community)).isEqualTo(before);
	}

	@Test
	void badInputIs422NamingEachFieldAlsoForAnUnknownChannelAndNothingIsStored() throws Exception {
		var bad = appeal(community);
		bad.put("constituentName", " ");
		bad.put("content", null);
		bad.put("channel", "FAX");
		bad.put("constituentPhone", "call me");
		bad.put("receivedOn", today().plusDays(1).toString());
		bad.put("subject", "事".repeat(101));
		api.post("/api/v1/appeals", staff, bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("constituentName",
					"content", "channel", "constituentPhone", "receivedOn", "subject")))
			.andExpect(jsonPath("$.errors[?(@.field == 'channel')].message")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("DUTY_SHIFT"))));
		var unknown = appeal(community);
		unknown.put("workstationId", Long.MAX_VALUE);
		api.post("/api/v1/appeals", office, unknown)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("workstationId"));
		api.post("/api/v1/appeals", staff, "{\"constituentName\": ").andExpect(status().isBadRequest());
		// permission before validation: a foreign workstation's staff are refused whatever they send
		bad.put("workstationId", community.id());
		api.post("/api/v1/appeals", otherStaff, bad).andExpect(status().isForbidden());
		assertThat(appeals(community)).isZero();
	}

	// ---- the whole way, with the records and their points ---------------------------------

	@Test
	void aProxiedAppealIsRoutedFollowedUpResolvedAndRatedAndTheOfficeVerifiesItsRecordsWithPoints()
			throws Exception {
		long id = register(staff, appeal(community));
		JsonNode proxied = step(repUser, id, "proxy", Map.of("representativeId", rep.id()));
		assertThat(proxied.get("status").asString()).isEqualTo("PROXIED");
		assertThat(proxied.get("proxyRepresentativeId").asLong()).isEqualTo(rep.id());
		JsonNode proxyRecord = proxied.get("records").get(0);
		assertThat(proxyRecord.get("itemCode").asInt()).isEqualTo(2);
		assertThat(proxyRecord.get("status").asString()).isEqualTo("RECORDED");
		assertThat(proxyRecord.get("representativeId").asLong()).isEqualTo(rep.id());
		JsonNode record = api.ok("/api/v1/activities/" + proxyRecord.get("id").asLong(), office);
		assertThat(record.get("source").get("type").asString()).isEqualTo("APPEAL");
		assertThat(record.get("source").get("id").asLong()).isEqualTo(id);
		assertThat(record.get("title").asString()).isEqualTo("代理群众诉求:小区门口路灯损坏");
		assertThat(record.toString()).doesNotContain("张三丰", "13812345678", "海涛路");

		JsonNode assigned = step(staff, id, "assign",
				Map.of("handlingUnit", "海山街道城建办", "handlingUnitKind", "DEPARTMENT", "dueOn",
						today().plusDays(15).toString()));
		assertThat(assigned.get("status").asString()).isEqualTo("ASSIGNED");
		assertThat(assigned.get("handlingUnit").asString()).isEqualTo("海山街道城建办");
		api.post("/api/v1/appeals/" + id + "/follow-ups", repUser, Map.of("note", "已电话催办城建办,承诺一周内修复"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/appeals/" + id))
			.andExpect(jsonPath("$.note").value("已电话催办城建办,承诺一周内修复"))
			.andExpect(jsonPath("$.by").value(repUser));
		assertThat(step(repUser, id, "resolve", Map.of("resolution", "城建办已更换路灯三盏,恢复照明。")).get("status")
			.asString()).isEqualTo("RESOLVED");
		JsonNode rated = step(staff, id, "rating", Map.of("satisfaction", "VERY_SATISFIED"));
		assertThat(rated.get("status").asString()).isEqualTo("RATED");
		assertThat(rated.get("satisfaction").asString()).isEqualTo("VERY_SATISFIED");
		JsonNode resolutionRecord = rated.get("records").get(1);
		assertThat(resolutionRecord.get("itemCode").asInt()).isEqualTo(3);
		assertThat(resolutionRecord.get("satisfaction").asString()).isEqualTo("VERY_SATISFIED");

		assertThat(api.verify(office, proxyRecord.get("id").asLong()).get("points").asInt()).isEqualTo(5);
		assertThat(api.verify(office, resolutionRecord.get("id").asLong()).get("points").asInt()).isEqualTo(6);
		JsonNode appeal = api.ok("/api/v1/appeals/" + id, staff);
		assertThat(appeal.get("records")).hasSize(2);
		assertThat(appeal.get("records").get(0).get("status").asString()).isEqualTo("VERIFIED");
		assertThat(appeal.get("records").get(0).get("points").asInt()).isEqualTo(5);
		assertThat(appeal.get("records").get(1).get("points").asInt()).isEqualTo(6);
		assertThat(appeal.get("followUps")).hasSize(1);
		List<String> steps = new ArrayList<>();
		appeal.get("history").forEach(h -> steps.add(h.get("action").asString()));
		assertThat(steps).containsExactly("REGISTER", "PROXY", "ASSIGN", "RESOLVE", "RATE");
		assertThat(appeal.get("handlingUnitKind").asString()).isEqualTo("DEPARTMENT");
		assertThat(appeal.get("ratedThrough").asString()).isEqualTo("IN_PERSON");
		assertThat(audit(id, "APPEAL_RATED")).isEqualTo(1);
	}

	@ParameterizedTest
	@CsvSource({ "VERY_SATISFIED, 6", "BASICALLY_SATISFIED, 5", "DISSATISFIED, 0" })
	void theResolutionsRecordScoresByTheConstituentsRating(String satisfaction, int points) throws Exception {
		long id = resolved();
		JsonNode rated = step(office, id, "rating", Map.of("satisfaction", satisfaction));
		long record = rated.get("records").get(1).get("id").asLong();
		assertThat(api.verify(office, record).get("points").asInt()).isEqualTo(points);
	}

	@Test
	void anAppealWithoutAProxyIsRatedWithoutARecord() throws Exception {
		long id = register(staff, appeal(community));
		step(staff, id, "assign", Map.of("handlingUnit", "海山社区居委会", "dueOn", today().toString()));
		step(staff, id, "resolve", Map.of("resolution", "已协调物业修复"));
		assertThat(step(staff, id, "rating", Map.of("satisfaction", "BASICALLY_SATISFIED")).get("records")).isEmpty();
		assertThat(records(id)).isZero();
	}

	// ---- who proxies -------------------------------------------------------------------------

	@Test
	void staffAndTheOfficeNameAProxyButARepresentativeOnlyThemself() throws Exception {
		long byStaff = register(staff, appeal(community));
		assertThat(step(staff, byStaff, "proxy", Map.of("representativeId", neighbour.id())).get("records").get(0)
			.get("representativeId").asLong()).isEqualTo(neighbour.id());
		long byOffice = register(staff, appeal(community));
		step(office, byOffice, "proxy", Map.of("representativeId", other.id()));

		long appeal = register(staff, appeal(community));
		api.post("/api/v1/appeals/" + appeal + "/proxy", repUser, Map.of("representativeId", neighbour.id()))
			.andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + appeal + "/proxy", otherUser, Map.of("representativeId", other.id()))
			.andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + appeal + "/proxy", otherStaff, Map.of("representativeId", other.id()))
			.andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + appeal + "/proxy", repUser, Map.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		api.post("/api/v1/appeals/" + appeal + "/proxy", staff, Map.of("representativeId", Long.MAX_VALUE))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		assertThat(records(appeal)).isZero();
		api.post("/api/v1/appeals/" + appeal + "/proxy", repUser, Map.of("representativeId", rep.id()))
			.andExpect(status().isOk());
		api.post("/api/v1/appeals/" + appeal + "/proxy", neighbourUser, Map.of("representativeId", neighbour.id()))
			.andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + appeal + "/proxy", staff, Map.of("representativeId", neighbour.id()))
			.andExpect(status().isConflict());
		assertThat(records(appeal)).isEqualTo(1);
	}

	@Test
	void proxyingARepresentativeNotServingTodayLeavesTheAppealReceivedWithoutARecord() throws Exception {
		Representative ended = fixture.representativeSince(community, null, STARTED);
		fixture.representatives.end(fixture.district, ended.id(), today().minusDays(1), "调离");
		long id = register(staff, appeal(community));
		api.post("/api/v1/appeals/" + id + "/proxy", staff, Map.of("representativeId", ended.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		JsonNode appeal = api.ok("/api/v1/appeals/" + id, staff);
		assertThat(appeal.get("status").asString()).isEqualTo("RECEIVED");
		assertThat(appeal.get("proxyRepresentativeId").isNull()).isTrue();
		assertThat(appeal.get("history")).hasSize(1);
		assertThat(appeal.get("records")).isEmpty();
		assertThat(records(id)).isZero();
		assertThat(audit(id, "APPEAL_PROXIED")).isZero();
	}

	// ---- who reads what ------------------------------------------------------------------------

	@Test
	void theConstituentIsShownInFullOnlyToTheHandlersAndEachFullViewIsAudited() throws Exception {
		long id = register(staff, appeal(community));
		// waiting for a proxy: the workstation's representatives read it, masked
		JsonNode seenByNeighbour = api.ok("/api/v1/appeals/" + id, neighbourUser);
		assertThat(seenByNeighbour.get("constituentName").asString()).isEqualTo("张**");
		assertThat(seenByNeighbour.get("constituentPhone").asString()).isEqualTo("138****5678");
		assertThat(seenByNeighbour.get("constituentAddress").asString()).doesNotContain("海涛路").endsWith("****");
		assertThat(seenByNeighbour.get("personalDataMasked").asBoolean()).isTrue();
		step(repUser, id, "proxy", Map.of("representativeId", rep.id()));
		int viewed = audit(id, "APPEAL_PERSONAL_DATA_VIEWED");
		for (String handler : List.of(staff, repUser, office)) {
			JsonNode appeal = api.ok("/api/v1/appeals/" + id, handler);
			assertThat(appeal.get("constituentName").asString()).as(handler).isEqualTo("张三丰");
			assertThat(appeal.get("constituentPhone").asString()).as(handler).isEqualTo("13812345678");
		}
		assertThat(audit(id, "APPEAL_PERSONAL_DATA_VIEWED")).isEqualTo(viewed + 3);
		JsonNode seenByGroup = api.ok("/api/v1/appeals/" + id, group);
		assertThat(seenByGroup.get("constituentName").asString()).isEqualTo("张**");
		assertThat(seenByGroup.get("constituentPhone").asString()).isEqualTo("138****5678");
		assertThat(audit(id, "APPEAL_PERSONAL_DATA_VIEWED")).isEqualTo(viewed + 3);
		// proxied by someone else: other representatives no longer read it; foreign staff never
		for (String outsider : List.of(neighbourUser, otherUser, otherStaff, fixture.user(Role.AUDITOR),
				fixture.user(Role.ADMIN))) {
			api.get("/api/v1/appeals/" + id, outsider).andExpect(status().isForbidden());
		}
		api.get("/api/v1/appeals/" + Long.MAX_VALUE, office).andExpect(status().isNotFound());
		// the list masks for everybody
		JsonNode list = api.ok("/api/v1/appeals?workstationId=" + community.id(), staff);
		assertThat(list.get("items").get(0).get("constituentName").asString()).isEqualTo("张**");
		assertThat(list.toString()).doesNotContain("13812345678", "张三丰");
	}

	@Test
	void eachUserListsTheAppealsTheyMayReadPaged() throws Exception {
		long waiting = register(staff, appeal(community));
		long proxiedByRep = register(staff, appeal(community));
		step(repUser, proxiedByRep, "proxy", Map.of("representativeId", rep.id()));
		long proxiedByNeighbour = register(staff, appeal(community));
		step(neighbourUser, proxiedByNeighbour, "proxy", Map.of("representativeId", neighbour.id()));
		long elsewhere = register(otherStaff, appeal(otherCommunity));

		assertThat(ids("/api/v1/appeals?size=1000", repUser)).contains(waiting, proxiedByRep)
			.doesNotContain(proxiedByNeighbour, elsewhere);
		assertThat(ids("/api/v1/appeals?size=1000", staff)).contains(waiting, proxiedByRep, proxiedByNeighbour)
			.doesNotContain(elsewhere);
		assertThat(ids("/api/v1/appeals?workstationId=" + otherCommunity.id(), staff)).isEmpty();
		assertThat(ids("/api/v1/appeals?workstationId=" + community.id() + "&status=PROXIED", office))
			.containsExactlyInAnyOrder(proxiedByRep, proxiedByNeighbour);
		assertThat(ids("/api/v1/appeals?workstationId=" + otherCommunity.id(), group)).containsExactly(elsewhere);
		JsonNode page = api.ok("/api/v1/appeals?workstationId=" + community.id() + "&page=1&size=2", office);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(page.get("total").asLong()).isEqualTo(3);
		assertThat(page.get("items")).hasSize(1);
		api.get("/api/v1/appeals?size=1001", office).andExpect(status().isUnprocessableContent());
		api.get("/api/v1/appeals?status=LOST", office).andExpect(status().isBadRequest());
		api.get("/api/v1/appeals", fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
	}

	@Test
	void appealsPastTheirDueDateOrLongUnresolvedAreFlaggedAndFiltered() throws Exception {
		var longAgo = appeal(community);
		longAgo.put("receivedOn", today().minusDays(61).toString());
		long unresolved = register(staff, longAgo);
		var recent = appeal(community);
		recent.put("receivedOn", today().minusDays(10).toString());
		long pastDue = register(staff, recent);
		step(staff, pastDue, "assign", Map.of("handlingUnit", "区住建局", "dueOn", today().minusDays(1).toString()));
		long fresh = register(staff, appeal(community));
		var settled = appeal(community);
		settled.put("receivedOn", today().minusDays(90).toString());
		long done = register(staff, settled);
		step(staff, done, "assign", Map.of("handlingUnit", "区住建局", "dueOn", today().minusDays(80).toString()));
		step(staff, done, "resolve", Map.of("resolution", "已解决"));

		String base = "/api/v1/appeals?workstationId=" + community.id();
		assertThat(ids(base + "&overdue=true", staff)).containsExactlyInAnyOrder(unresolved, pastDue);
		assertThat(ids(base + "&overdue=false", office)).containsExactlyInAnyOrder(fresh, done);
		assertThat(api.ok("/api/v1/appeals/" + unresolved, staff).get("flags").get(0).asString())
			.isEqualTo("LONG_UNRESOLVED");
		assertThat(api.ok("/api/v1/appeals/" + pastDue, staff).get("flags").get(0).asString()).isEqualTo("PAST_DUE");
		JsonNode row = api.ok(base + "&overdue=true", office).get("items").get(0);
		assertThat(row.get("flagged").asBoolean()).isTrue();
		api.post("/api/v1/appeals/" + fresh + "/assign", staff,
				Map.of("handlingUnit", "区住建局", "dueOn", today().minusDays(1).toString()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("dueOn"));
	}

	@Test
	void theExportShowsInFullOnlyWhatTheUserHandlesAndIsAudited() throws Exception {
		long id = register(staff, appeal(community));
		String query = "/api/v1/appeals/export.xlsx?workstationId=" + community.id();
		Sheet byStaff = sheet(query, staff);
		assertThat(byStaff.getRow(0).getCell(3).getStringCellValue()).isEqualTo("群众姓名");
		Row row = byStaff.getRow(1);
		assertThat((long) row.getCell(0).getNumericCellValue()).isEqualTo(id);
		assertThat(row.getCell(3).getStringCellValue()).isEqualTo("张三丰");
		assertThat(row.getCell(4).getStringCellValue()).isEqualTo("13812345678");
		assertThat(row.getCell(9).getStringCellValue()).isEqualTo("已登记");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'APPEALS_EXPORTED_UNMASKED' and "
				+ "summary like ?").param("%" + id + "%").query(Long.class).single()).isEqualTo(1L);
		Row byGroup = sheet(query, group).getRow(1);
		assertThat(byGroup.getCell(3).getStringCellValue()).isEqualTo("张**");
		assertThat(byGroup.getCell(4).getStringCellValue()).isEqualTo("138****5678");
	}

	// ---- wrong states, the rating's actor, reopening, racing -----------------------------------

	@Test
	void aStepFromTheWrongStateIs409AndChangesNothing() throws Exception {
		long id = register(staff, appeal(community));
		api.post("/api/v1/appeals/" + id + "/resolve", staff, Map.of("resolution", "已办结"))
			.andExpect(status().isConflict());
		api.post("/api/v1/appeals/" + id + "/rating", staff, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isConflict());
		api.post("/api/v1/appeals/" + id + "/rating-link", staff, "").andExpect(status().isConflict());
		long rated = resolved();
		step(staff, rated, "rating", Map.of("satisfaction", "BASICALLY_SATISFIED"));
		api.post("/api/v1/appeals/" + rated + "/follow-ups", staff, Map.of("note", "回访"))
			.andExpect(status().isConflict());
		api.post("/api/v1/appeals/" + rated + "/assign", staff,
				Map.of("handlingUnit", "区住建局", "dueOn", today().toString())).andExpect(status().isConflict());
		api.post("/api/v1/appeals/" + rated + "/reopen", repUser, Map.of("reason", "不满意"))
			.andExpect(status().isConflict());
		api.post("/api/v1/appeals/" + rated + "/rating", staff, Map.of("satisfaction", "DISSATISFIED"))
			.andExpect(status().isConflict());
		assertThat(api.ok("/api/v1/appeals/" + rated, staff).get("satisfaction").asString())
			.isEqualTo("BASICALLY_SATISFIED");
		assertThat(records(rated)).isEqualTo(2);
		api.post("/api/v1/appeals/" + id + "/rating", staff, Map.of("satisfaction", "HAPPY"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		api.post("/api/v1/appeals/" + id + "/follow-ups", staff, Map.of("note", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
	}

	@Test
	void theProxyNeverRecordsTheirOwnRatingNorIssuesItsLink() throws Exception {
		Representative staffer = fixture.representativeSince(community, null, STARTED);
		String both = Fixtures.unique("staff-rep-");
		fixture.users.create(new Users.NewUser(both, "兼任", TestUsers.PASSWORD,
				EnumSet.of(Role.WORKSTATION_STAFF, Role.REPRESENTATIVE), community.id(), staffer.id()), fixture.district);
		long id = register(both, appeal(community));
		step(both, id, "proxy", Map.of("representativeId", staffer.id()));
		step(both, id, "assign", Map.of("handlingUnit", "海山社区居委会", "dueOn", today().toString()));
		step(both, id, "resolve", Map.of("resolution", "已修复"));
		api.post("/api/v1/appeals/" + id + "/rating", both, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("代理代表")));
		api.post("/api/v1/appeals/" + id + "/rating-link", both, "").andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + id + "/rating", repUser, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + id + "/rating", otherStaff, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isForbidden());
		assertThat(records(id)).isEqualTo(1);
		step(staff, id, "rating", Map.of("satisfaction", "VERY_SATISFIED"));
		assertThat(records(id)).isEqualTo(2);
	}

	@Test
	void aDissatisfiedResultIsReopenedOnceByItsProxyAndRoutedAgain() throws Exception {
		long id = resolved();
		step(staff, id, "rating", Map.of("satisfaction", "DISSATISFIED"));
		api.post("/api/v1/appeals/" + id + "/reopen", neighbourUser, Map.of()).andExpect(status().isForbidden());
		api.post("/api/v1/appeals/" + id + "/reopen", staff, Map.of()).andExpect(status().isForbidden());
		JsonNode reopened = step(repUser, id, "reopen", Map.of("reason", "群众反映路灯仍不亮"));
		assertThat(reopened.get("status").asString()).isEqualTo("PROXIED");
		assertThat(reopened.get("reopened").asBoolean()).isTrue();
		assertThat(reopened.get("satisfaction").isNull()).isTrue();
		step(staff, id, "assign", Map.of("handlingUnit", "区城管局", "dueOn", today().plusDays(7).toString()));
		step(staff, id, "resolve", Map.of("resolution", "区城管局更换线路,路灯恢复"));
		JsonNode rated = step(staff, id, "rating", Map.of("satisfaction", "DISSATISFIED"));
		assertThat(rated.get("records")).hasSize(3);
		api.post("/api/v1/appeals/" + id + "/reopen", repUser, Map.of("reason", "仍不满意"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("一次")));
		assertThat(audit(id, "APPEAL_REOPENED")).isEqualTo(1);
	}

	@Test
	void twoStaffResolvingAtOnceGetOne200AndOne409() throws Exception {
		long id = register(staff, appeal(community));
		step(staff, id, "assign", Map.of("handlingUnit", "海山社区居委会", "dueOn", today().toString()));
		String second = fixture.staffOf(community);
		var start = new java.util.concurrent.CountDownLatch(1);
		List<CompletableFuture<Integer>> answers = new ArrayList<>();
		for (String who : List.of(staff, second)) {
			answers.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await();
					return postOverHttp("/api/v1/appeals/" + id + "/resolve", who, "{\"resolution\":\"由 " + who + " 办结\"}");
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		start.countDown();
		List<Integer> statuses = answers.stream().map(CompletableFuture::join).sorted().toList();
		assertThat(statuses).containsExactly(200, 409);
		JsonNode appeal = api.ok("/api/v1/appeals/" + id, staff);
		assertThat(appeal.get("status").asString()).isEqualTo("RESOLVED");
		assertThat(appeal.get("history")).hasSize(3);
	}

	// ---- the one-time rating link ----------------------------------------------------------------

	@Test
	void theRatingLinkShowsOnlyTheSubjectAndResultWorksOnceAndOnlyItsHashIsStored() throws Exception {
		long id = resolved();
		JsonNode link = api.read(api.post("/api/v1/appeals/" + id + "/rating-link", staff, "")
			.andExpect(status().isCreated()));
		String url = link.get("url").asString();
		assertThat(url).contains("/public/ratings/");
		assertThat(link.get("qrCodeSvg").asString()).startsWith("<svg").contains("<path");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
		String stored = jdbc.sql("select token_hash from appeal_rating_link where appeal_id = ?").param(id)
			.query(String.class).single();
		assertThat(stored).isEqualTo(AppealRatingLinks.hash(token)).isNotEqualTo(token).hasSize(64);
		assertThat(jdbc.sql("select count(*) from appeal_rating_link where token_hash like ?").param("%" + token + "%")
			.query(Long.class).single()).isZero();

		JsonNode page = api.ok("/api/v1/public/ratings/" + token, null);
		assertThat(page.get("subject").asString()).isEqualTo("小区门口路灯损坏");
		assertThat(page.get("resolution").asString()).contains("路灯");
		assertThat(page.toString()).doesNotContain("张三丰", "13812345678", "海涛路", rep.name());
		api.post("/api/v1/public/ratings/" + token, null, Map.of("satisfaction", "GOOD"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		api.post("/api/v1/public/ratings/" + token, null, Map.of("satisfaction", "BASICALLY_SATISFIED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RATED"));
		JsonNode appeal = api.ok("/api/v1/appeals/" + id, staff);
		assertThat(appeal.get("ratedThrough").asString()).isEqualTo("LINK");
		JsonNode record = appeal.get("records").get(1);
		assertThat(record.get("itemCode").asInt()).isEqualTo(3);
		assertThat(record.get("satisfaction").asString()).isEqualTo("BASICALLY_SATISFIED");
		assertThat(api.verify(office, record.get("id").asLong()).get("points").asInt()).isEqualTo(5);
		api.post("/api/v1/public/ratings/" + token, null, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isConflict());
		api.get("/api/v1/public/ratings/" + token, null).andExpect(status().isConflict());
		api.get("/api/v1/public/ratings/" + AppealRatingLinks.newToken(), null).andExpect(status().isNotFound());
		assertThat(records(id)).isEqualTo(2);
	}

	@Test
	void aRatingLinkExpiresAfterTheConfiguredDaysAndANewOneReplacesAnUnusedOne() throws Exception {
		long id = resolved();
		String first = token(api.read(api.post("/api/v1/appeals/" + id + "/rating-link", office, "")
			.andExpect(status().isCreated())));
		String second = token(api.read(api.post("/api/v1/appeals/" + id + "/rating-link", staff, "")
			.andExpect(status().isCreated())));
		api.get("/api/v1/public/ratings/" + first, null).andExpect(status().isNotFound());
		api.get("/api/v1/public/ratings/" + second, null).andExpect(status().isOk());
		var ahead = java.time.Duration.ofDays(30).plusMinutes(1);
		clock.advance(ahead);
		try {
			api.get("/api/v1/public/ratings/" + second, null)
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("过期")));
			api.post("/api/v1/public/ratings/" + second, null, Map.of("satisfaction", "VERY_SATISFIED"))
				.andExpect(status().isConflict());
		}
		finally {
			clock.advance(ahead.negated());
		}
		assertThat(api.ok("/api/v1/appeals/" + id, staff).get("status").asString()).isEqualTo("RESOLVED");
		assertThat(records(id)).isEqualTo(1);
		assertThat(audit(id, "APPEAL_RATING_LINK_ISSUED")).isEqualTo(2);
	}

	// ---- helpers ---------------------------------------------------------------------------------

	static String token(JsonNode link) {
		String url = link.get("url").asString();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	List<Long> ids(String url, String who) throws Exception {
		var ids = new ArrayList<Long>();
		api.ok(url, who).get("items").forEach(i -> ids.add(i.get("id").asLong()));
		return ids;
	}

	Sheet sheet(String url, String who) throws Exception {
		byte[] bytes = api.get(url, who)
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes)).getSheetAt(0);
	}

	int postOverHttp(String path, String who, String body) throws Exception {
		String basic = Base64.getEncoder()
			.encodeToString((who + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", "Basic " + basic)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	long appeals(Workstation at) {
		return jdbc.sql("select count(*) from appeal where workstation_id = ?").param(at.id()).query(Long.class).single();
	}

	long records(long appealId) {
		return jdbc.sql("select count(*) from activity where source_type = 'APPEAL' and source_id = ?")
			.param(appealId)
			.query(Long.class)
			.single();
	}

	int audit(long appealId, String action) {
		return jdbc.sql("select count(*) from audit_entry where record_type = 'APPEAL' and record_id = ? and action = ?")
			.params(Long.toString(appealId), action)
			.query(Long.class)
			.single()
			.intValue();
	}

	@OnH2
	static class OnH2Tests extends AppealApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends AppealApiTests {
	}
}
