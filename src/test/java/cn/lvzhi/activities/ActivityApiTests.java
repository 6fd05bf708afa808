package cn.lvzhi.activities;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/** The contract of {@code /api/v1/activities} and {@code /api/v1/collective-activities} (API.md "Activity records"). */
abstract class ActivityApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

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

	Workstation industry;

	Workstation otherCommunity;

	Representative rep;

	Representative other;

	String repUser;

	String otherUser;

	String staff;

	String industryStaff;

	String otherStaff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		community = fixture.community();
		industry = fixture.industry();
		otherCommunity = fixture.community();
		rep = fixture.representativeSince(community, industry, STARTED);
		other = fixture.representativeSince(otherCommunity, null, STARTED);
		repUser = fixture.userOf(rep);
		otherUser = fixture.userOf(other);
		staff = fixture.staffOf(community);
		industryStaff = fixture.staffOf(industry);
		otherStaff = fixture.staffOf(otherCommunity);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void aRepresentativeReportsTheirOwnActivityAsSubmitted() throws Exception {
		var body = activity(rep.id(), 1, DAY);
		body.put("description", "在社区工作室值班接待群众");
		body.put("place", "海山社区");
		body.put("hours", 4.5);
		JsonNode created = api.read(api.post("/api/v1/activities", repUser, body)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/activities/")))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.representativeId").value(rep.id()))
			.andExpect(jsonPath("$.itemCode").value(1))
			.andExpect(jsonPath("$.occurredOn").value(DAY.toString()))
			.andExpect(jsonPath("$.points").value(0))
			.andExpect(jsonPath("$.hours").value(4.5))
			.andExpect(jsonPath("$.place").value("海山社区"))
			.andExpect(jsonPath("$.history[0].status").value("SUBMITTED"))
			.andExpect(jsonPath("$.history[0].by").value(repUser))
			.andExpect(jsonPath("$.history[0].reason").doesNotExist()));
		assertThat(created.get("history").get(0).get("at").asString()).endsWith("+08:00");
		long id = created.get("id").asLong();
		api.get("/api/v1/activities/" + id, repUser)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.title").value(body.get("title")))
			.andExpect(jsonPath("$.description").value("在社区工作室值班接待群众"));
		assertThat(auditActions(id)).contains("ACTIVITY_REPORTED");
	}

	@Test
	void staffOfEitherWorkstationAndTheOfficeEnterActivitiesAsRecorded() throws Exception {
		for (String who : List.of(staff, industryStaff, office)) {
			api.post("/api/v1/activities", who, activity(rep.id(), 4, DAY))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.status").value("RECORDED"))
				.andExpect(jsonPath("$.history[0].by").value(who));
		}
	}

	@Test
	void refusesToCreateRecordsForOthers() throws Exception {
		api.post("/api/v1/activities", otherUser, activity(rep.id(), 1, DAY)).andExpect(status().isForbidden());
		api.post("/api/v1/activities", otherStaff, activity(rep.id(), 1, DAY)).andExpect(status().isForbidden());
		for (Role role : List.of(Role.EVALUATION_GROUP, Role.AUDITOR, Role.ADMIN)) {
			api.post("/api/v1/activities", fixture.user(role), activity(rep.id(), 1, DAY))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		api.post("/api/v1/activities", null, activity(rep.id(), 1, DAY)).andExpect(status().isUnauthorized());
		assertThat(count(rep.id())).isZero();
	}

	@Test
	void answersMalformedRequestsWith400() throws Exception {
		api.post("/api/v1/activities", staff, "{\"representativeId\": ").andExpect(status().isBadRequest());
		var wrongType = activity(rep.id(), 1, DAY);
		wrongType.put("occurredOn", "last tuesday");
		api.post("/api/v1/activities", staff, wrongType).andExpect(status().isBadRequest());
		var wrongEnum = activity(rep.id(), 3, DAY);
		wrongEnum.put("satisfaction", "HAPPY");
		api.post("/api/v1/activities", staff, wrongEnum).andExpect(status().isBadRequest());
		api.get("/api/v1/activities/abc", staff).andExpect(status().isBadRequest());
		assertThat(count(rep.id())).isZero();
	}

	@Test
	void refusesAFutureDayAnUnknownItemAndBadFieldsWith422() throws Exception {
		api.post("/api/v1/activities", staff, activity(rep.id(), 1, today().plusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("occurredOn"))
			.andExpect(jsonPath("$.errors[0].message").value("活动日期不能晚于今天"));
		api.post("/api/v1/activities", staff, activity(rep.id(), 99, DAY))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
		var bad = activity(rep.id(), 1, DAY);
		bad.put("title", " ");
		bad.put("hours", 24.5);
		bad.put("place", "p".repeat(201));
		api.post("/api/v1/activities", staff, bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "hours", "place")));
		api.post("/api/v1/activities", office, activity(Long.MAX_VALUE, 1, DAY))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		api.post("/api/v1/activities", staff, activity(rep.id(), 1, STARTED.minusDays(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		assertThat(count(rep.id())).isZero();
	}

	@Test
	void followsARecordThroughReturnAmendmentVerificationAndRevocation() throws Exception {
		long id = api.create(repUser, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + id + "/record", staff, "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RECORDED"));
		api.post("/api/v1/activities/" + id + "/return", office, reason("请补充活动照片"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));
		var amended = activity(rep.id(), 1, DAY.minusDays(1));
		amended.put("title", "补充后的标题");
		api.put("/api/v1/activities/" + id, repUser, amended)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.title").value("补充后的标题"))
			.andExpect(jsonPath("$.occurredOn").value(DAY.minusDays(1).toString()));
		api.post("/api/v1/activities/" + id + "/record", staff, "").andExpect(status().isOk());
		api.post("/api/v1/activities/" + id + "/verify", office, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.points").value(5));
		api.post("/api/v1/activities/" + id + "/revoke", group, reason("重复报送"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REVOKED"))
			.andExpect(jsonPath("$.points").value(0));
		JsonNode record = api.ok("/api/v1/activities/" + id, repUser);
		var statuses = new ArrayList<String>();
		record.get("history").forEach(h -> statuses.add(h.get("status").asString()));
		assertThat(statuses).containsExactly("SUBMITTED", "RECORDED", "RETURNED", "SUBMITTED", "RECORDED", "VERIFIED",
				"REVOKED");
		assertThat(record.get("history").get(2).get("reason").asString()).isEqualTo("请补充活动照片");
		assertThat(record.get("history").get(2).get("by").asString()).isEqualTo(office);
		assertThat(record.get("history").get(6).get("reason").asString()).isEqualTo("重复报送");
		assertThat(auditActions(id)).contains("ACTIVITY_REPORTED", "ACTIVITY_RECORDED", "ACTIVITY_RETURNED",
				"ACTIVITY_AMENDED", "ACTIVITY_VERIFIED", "ACTIVITY_REVOKED");
	}

	@Test
	void answersATransitionFromTheWrongStateWith409() throws Exception {
		long submitted = api.create(repUser, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + submitted + "/verify", office, "")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		api.post("/api/v1/activities/" + submitted + "/return", office, reason("x")).andExpect(status().isConflict());
		long recorded = api.create(staff, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + recorded + "/record", staff, "").andExpect(status().isConflict());
		api.post("/api/v1/activities/" + recorded + "/revoke", group, reason("x")).andExpect(status().isConflict());
		api.put("/api/v1/activities/" + recorded, staff, activity(rep.id(), 1, DAY)).andExpect(status().isConflict());
		api.verify(office, recorded);
		api.post("/api/v1/activities/" + recorded + "/verify", office, "").andExpect(status().isConflict());
		api.post("/api/v1/activities/" + recorded + "/reject", office, reason("x")).andExpect(status().isConflict());
		assertThat(api.ok("/api/v1/activities/" + recorded, office).get("points").asInt()).isEqualTo(5);
	}

	@Test
	void eachTransitionIsForItsRoleOnly() throws Exception {
		long submitted = api.create(repUser, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + submitted + "/record", office, "").andExpect(status().isForbidden());
		api.post("/api/v1/activities/" + submitted + "/record", otherStaff, "").andExpect(status().isForbidden());
		api.post("/api/v1/activities/" + submitted + "/record", repUser, "").andExpect(status().isForbidden());
		long recorded = api.create(staff, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + recorded + "/verify", staff, "").andExpect(status().isForbidden());
		api.post("/api/v1/activities/" + recorded + "/reject", staff, reason("x")).andExpect(status().isForbidden());
		api.post("/api/v1/activities/" + recorded + "/return", staff, reason("x")).andExpect(status().isForbidden());
		api.verify(office, recorded);
		api.post("/api/v1/activities/" + recorded + "/revoke", office, reason("x")).andExpect(status().isForbidden());
		api.post("/api/v1/activities/" + recorded + "/verify", null, "").andExpect(status().isUnauthorized());
		api.post("/api/v1/activities/" + Long.MAX_VALUE + "/verify", office, "").andExpect(status().isNotFound());
	}

	@Test
	void nobodyVerifiesOrRevokesARecordAboutThemselves() throws Exception {
		String officeMember = Fixtures.unique("office-rep-");
		fixture.users.create(new Users.NewUser(officeMember, "x", cn.lvzhi.TestUsers.PASSWORD,
				EnumSet.of(Role.OFFICE, Role.REPRESENTATIVE), null, rep.id()), fixture.district);
		String groupMember = Fixtures.unique("group-rep-");
		fixture.users.create(new Users.NewUser(groupMember, "x", cn.lvzhi.TestUsers.PASSWORD,
				EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null, rep.id()), fixture.district);
		long recorded = api.create(staff, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + recorded + "/verify", officeMember, "")
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("不能核实、退回、不予认定、提交复核或撤销关于本人的履职记录"));
		api.post("/api/v1/activities/" + recorded + "/reject", officeMember, reason("x")).andExpect(status().isForbidden());
		api.verify(office, recorded);
		api.post("/api/v1/activities/" + recorded + "/revoke", groupMember, reason("x")).andExpect(status().isForbidden());
		assertThat(api.ok("/api/v1/activities/" + recorded, office).get("status").asString()).isEqualTo("VERIFIED");
	}

	@Test
	void rejectionNeedsAReasonAndTheEvaluationGroupMayVerifyARejectedRecord() throws Exception {
		long id = api.create(staff, activity(rep.id(), 6, DAY));
		api.post("/api/v1/activities/" + id + "/reject", office, reason(" "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post("/api/v1/activities/" + id + "/reject", office, "").andExpect(status().isBadRequest());
		api.post("/api/v1/activities/" + id + "/reject", office, reason("无活动记录"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.history[1].reason").value("无活动记录"));
		api.post("/api/v1/activities/" + id + "/verify", office, "").andExpect(status().isConflict());
		api.post("/api/v1/activities/" + id + "/verify", group, "{}").andExpect(status().isUnprocessableContent());
		api.post("/api/v1/activities/" + id + "/verify", group, reason("复核后认定"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.points").value(10))
			.andExpect(jsonPath("$.history[2].by").value(group))
			.andExpect(jsonPath("$.history[2].reason").value("复核后认定"));
	}

	@Test
	void itemsOfCaseworkAreRefusedWhenEnteredDirectlyNamingTheItem() throws Exception {
		for (int item : new int[] { 2, 3, 7, 8, 9 }) {
			for (String who : List.of(repUser, staff, office)) {
				api.post("/api/v1/activities", who, json.writeValueAsString(activity(rep.id(), item, DAY)))
					.andExpect(status().isUnprocessableContent())
					.andExpect(jsonPath("$.errors[0].field").value("itemCode"));
			}
			api.post("/api/v1/collective-activities", office, json.writeValueAsString(Map.of("itemCode", item,
					"occurredOn", DAY.toString(), "title", "集体", "participantIds", List.of(rep.id()))))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[*].field", hasItem("itemCode")));
		}
		assertThat(jdbc.sql("select count(*) from activity where representative_id = ?").param(rep.id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void anItemScoredBySatisfactionIsVerifiedOnlyWithTheRatingAndKeepsItsSource() throws Exception {
		var sourced = context.getBean(SourcedRecords.class);
		var by = cn.lvzhi.Actor.of(office, fixture.district, Role.OFFICE);
		long without = sourced.record(by, rep.id(), new ActivityDetails(3, DAY, "协助解决", null, null, null, null),
				RecordSource.appeal(Fixtures.nextId())).id();
		api.post("/api/v1/activities/" + without + "/verify", office, "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		assertThat(api.ok("/api/v1/activities/" + without, office).get("status").asString()).isEqualTo("RECORDED");
		long appeal = Fixtures.nextId();
		long with = sourced.record(by, rep.id(), new ActivityDetails(3, DAY, "协助解决", null, null, null,
				cn.lvzhi.standard.Satisfaction.VERY_SATISFIED), RecordSource.appeal(appeal)).id();
		api.post("/api/v1/activities/" + with + "/verify", office, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.satisfaction").value("VERY_SATISFIED"))
			.andExpect(jsonPath("$.points").value(6))
			.andExpect(jsonPath("$.source.type").value("APPEAL"))
			.andExpect(jsonPath("$.source.id").value(appeal));
	}

	@Test
	void foreignRecordsAreForbiddenAndUnknownOnesNotFound() throws Exception {
		long id = api.create(repUser, activity(rep.id(), 1, DAY));
		api.get("/api/v1/activities/" + id, otherUser).andExpect(status().isForbidden());
		api.get("/api/v1/activities/" + id, otherStaff).andExpect(status().isForbidden());
		api.get("/api/v1/activities/" + id, fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
		api.get("/api/v1/activities/" + id, fixture.user(Role.ADMIN)).andExpect(status().isForbidden());
		api.get("/api/v1/activities/" + id, null).andExpect(status().isUnauthorized());
		for (String who : List.of(repUser, staff, industryStaff, office, group)) {
			api.get("/api/v1/activities/" + id, who).andExpect(status().isOk());
		}
		api.get("/api/v1/activities/" + Long.MAX_VALUE, office).andExpect(status().isNotFound());
		api.put("/api/v1/activities/" + id, otherUser, activity(rep.id(), 1, DAY)).andExpect(status().isForbidden());
	}

	@Test
	void listsOnlyTheRecordsEachUserMaySee() throws Exception {
		long mine = api.create(repUser, activity(rep.id(), 1, DAY));
		long theirs = api.create(otherUser, activity(other.id(), 1, DAY));
		assertThat(Api.ids(api.ok("/api/v1/activities?size=1000", repUser))).contains(mine).doesNotContain(theirs);
		api.get("/api/v1/activities?representativeId=" + other.id(), repUser).andExpect(status().isForbidden());
		assertThat(Api.ids(api.ok("/api/v1/activities?size=1000", staff))).contains(mine).doesNotContain(theirs);
		assertThat(Api.ids(api.ok("/api/v1/activities?size=1000", industryStaff))).contains(mine).doesNotContain(theirs);
		api.get("/api/v1/activities?workstationId=" + otherCommunity.id(), staff).andExpect(status().isForbidden());
		JsonNode all = api.ok("/api/v1/activities?representativeId=" + rep.id(), office);
		assertThat(Api.ids(all)).containsExactly(mine);
		assertThat(all.get("total").asLong()).isEqualTo(1);
		assertThat(all.get("page").asInt()).isZero();
		assertThat(all.get("items").get(0).get("representativeName").asString()).isEqualTo(rep.name());
		assertThat(Api.ids(api.ok("/api/v1/activities?workstationId=" + otherCommunity.id(), group))).containsExactly(theirs);
		api.get("/api/v1/activities", fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
		api.get("/api/v1/activities", fixture.user(Role.ADMIN)).andExpect(status().isForbidden());
		api.get("/api/v1/activities?size=1001", office).andExpect(status().isUnprocessableContent());
		api.get("/api/v1/activities?status=LOST", office).andExpect(status().isBadRequest());
	}

	@Test
	void filtersTheListByStatusYearItemAndDays() throws Exception {
		long a = api.create(staff, activity(rep.id(), 1, LocalDate.of(2020, 5, 1)));
		long b = api.create(repUser, activity(rep.id(), 4, LocalDate.of(2020, 6, 1)));
		long c = api.create(staff, activity(rep.id(), 1, LocalDate.of(2021, 1, 1)));
		String base = "/api/v1/activities?representativeId=" + rep.id();
		assertThat(Api.ids(api.ok(base + "&year=2020", office))).containsExactly(b, a);
		// A year no cycle can have is a mistake named by its field, not a failure of the server.
		api.get(base + "&year=1000000000", office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("year"));
		assertThat(Api.ids(api.ok(base + "&status=SUBMITTED", office))).containsExactly(b);
		assertThat(Api.ids(api.ok(base + "&itemCode=1", office))).containsExactly(c, a);
		assertThat(Api.ids(api.ok(base + "&from=2020-05-02&to=2021-01-01", office))).containsExactly(c, b);
		JsonNode page = api.ok(base + "&size=2&page=1", office);
		assertThat(Api.ids(page)).containsExactly(a);
		assertThat(page.get("total").asLong()).isEqualTo(3);
	}

	@Test
	void flagsLikelyDuplicatesWithoutRefusingThem() throws Exception {
		long first = api.create(staff, activity(rep.id(), 1, DAY));
		long second = api.create(repUser, activity(rep.id(), 1, DAY));
		long otherDay = api.create(staff, activity(rep.id(), 1, DAY.minusDays(1)));
		api.get("/api/v1/activities/" + first, office)
			.andExpect(jsonPath("$.possibleDuplicateOf").value(org.hamcrest.Matchers.contains((int) second)));
		JsonNode queue = api.ok("/api/v1/activities?status=RECORDED&representativeId=" + rep.id(), office);
		for (JsonNode item : queue.get("items")) {
			if (item.get("id").asLong() == first) {
				assertThat(item.get("possibleDuplicateOf").get(0).asLong()).isEqualTo(second);
			}
			if (item.get("id").asLong() == otherDay) {
				assertThat(item.get("possibleDuplicateOf").isEmpty()).isTrue();
			}
		}
		api.post("/api/v1/activities/" + second + "/reject", office, reason("重复")).andExpect(status().isOk());
		api.get("/api/v1/activities/" + first, office).andExpect(jsonPath("$.possibleDuplicateOf").isEmpty());
		api.verify(office, first);
	}

	@Test
	void verifiesManyAtOnceReportingEachOutcome() throws Exception {
		long a = api.create(staff, activity(rep.id(), 1, DAY));
		long b = api.create(staff, activity(rep.id(), 4, DAY));
		long done = api.create(staff, activity(rep.id(), 5, DAY));
		api.verify(office, done);
		JsonNode result = api.read(api.post("/api/v1/activities/verify", office,
				Map.of("ids", List.of(a, done, Long.MAX_VALUE, b)))
			.andExpect(status().isOk()));
		assertThat(result.get("succeeded").asInt()).isEqualTo(2);
		assertThat(result.get("failed").asInt()).isEqualTo(2);
		JsonNode results = result.get("results");
		assertThat(results.get(0).get("status").asString()).isEqualTo("VERIFIED");
		assertThat(results.get(0).get("points").asInt()).isEqualTo(5);
		assertThat(results.get(1).get("error").get("status").asInt()).isEqualTo(409);
		assertThat(results.get(2).get("error").get("status").asInt()).isEqualTo(404);
		assertThat(results.get(3).get("points").asInt()).isEqualTo(3);
		api.post("/api/v1/activities/verify", office, Map.of("ids", List.of())).andExpect(status().isUnprocessableContent());
		api.post("/api/v1/activities/verify", staff, Map.of("ids", List.of(a))).andExpect(status().isForbidden());
	}

	@Test
	void recordsManyReportsAtOnce() throws Exception {
		long a = api.create(repUser, activity(rep.id(), 1, DAY));
		long b = api.create(repUser, activity(rep.id(), 4, DAY));
		long foreign = api.create(otherUser, activity(other.id(), 4, DAY));
		JsonNode result = api.read(api.post("/api/v1/activities/record", staff, Map.of("ids", List.of(a, b, foreign)))
			.andExpect(status().isOk()));
		assertThat(result.get("succeeded").asInt()).isEqualTo(2);
		assertThat(result.get("results").get(2).get("error").get("status").asInt()).isEqualTo(403);
		assertThat(api.ok("/api/v1/activities/" + b, staff).get("status").asString()).isEqualTo("RECORDED");
		assertThat(api.ok("/api/v1/activities/" + foreign, office).get("status").asString()).isEqualTo("SUBMITTED");
	}

	@Test
	void entersACollectiveActivityAsOneRecordedRecordPerParticipant() throws Exception {
		Representative third = fixture.representativeSince(community, null, STARTED);
		var body = Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title", "集中视察调研", "participantIds",
				List.of(rep.id(), third.id(), other.id()));
		JsonNode created = api.read(api.post("/api/v1/collective-activities", office, body)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber()));
		assertThat(created.get("activityIds").size()).isEqualTo(3);
		long collective = created.get("id").asLong();
		var owners = new ArrayList<Long>();
		for (JsonNode id : created.get("activityIds")) {
			JsonNode record = api.ok("/api/v1/activities/" + id.asLong(), office);
			assertThat(record.get("status").asString()).isEqualTo("RECORDED");
			assertThat(record.get("collectiveId").asLong()).isEqualTo(collective);
			assertThat(record.get("itemCode").asInt()).isEqualTo(6);
			owners.add(record.get("representativeId").asLong());
		}
		assertThat(owners).containsExactly(rep.id(), third.id(), other.id());
	}

	@Test
	void refusesACollectiveActivityWithForeignUnknownOrNoParticipantsCreatingNothing() throws Exception {
		long before = count(rep.id());
		api.post("/api/v1/collective-activities", staff, Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title",
				"t", "participantIds", List.of(rep.id(), other.id()))).andExpect(status().isForbidden());
		api.post("/api/v1/collective-activities", office, Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title",
				"t", "participantIds", List.of(rep.id(), Long.MAX_VALUE)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("participantIds[1]"));
		api.post("/api/v1/collective-activities", office, Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title",
				"t", "participantIds", List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("participantIds")));
		api.post("/api/v1/collective-activities", repUser, Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title",
				"t", "participantIds", List.of(rep.id()))).andExpect(status().isForbidden());
		assertThat(count(rep.id())).isEqualTo(before);
		api.post("/api/v1/collective-activities", staff, Map.of("itemCode", 6, "occurredOn", DAY.toString(), "title",
				"t", "participantIds", List.of(rep.id()))).andExpect(status().isCreated());
	}

	long count(long representativeId) {
		return jdbc.sql("select count(*) from activity where representative_id = ?")
			.param(representativeId)
			.query(Long.class)
			.single();
	}

	List<String> auditActions(long activityId) {
		return jdbc.sql("select action from audit_entry where record_type = 'ACTIVITY' and record_id = ? order by id")
			.param(Long.toString(activityId))
			.query(String.class)
			.list();
	}


	@OnH2
	static class OnH2Tests extends ActivityApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ActivityApiTests {
	}
}
