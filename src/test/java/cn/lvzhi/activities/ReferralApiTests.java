package cn.lvzhi.activities;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.AtOnce;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The contract of {@code POST /api/v1/activities/{id}/refer} (API.md "Activity records", DOMAIN.md
 * 12): the office refers a recorded activity it finds hard to judge to the evaluation group, with a
 * reason; the group then verifies it (points by the standard, booked in the ledger), rejects or
 * returns it, each with a reason; the office decides it no more. On H2 and on PostgreSQL, which
 * also proves the V17 migration lets the {@code REFERRED} status into {@code activity} on both.
 */
abstract class ReferralApiTests {

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	/** Item 6 (视察调研) earns 10 points a time by the 2013 standard. */
	static final int ITEM = 6;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	Fixtures fixture;

	Api api;

	Representative rep;

	String repUser;

	String staff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		Workstation community = fixture.community();
		rep = fixture.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		repUser = fixture.userOf(rep);
		staff = fixture.staffOf(community);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	String url(long id, String action) {
		return "/api/v1/activities/" + id + "/" + action;
	}

	/** A recorded activity of the representative, referred by the office with a reason. */
	long referred(String why) throws Exception {
		long id = api.create(staff, activity(rep.id(), ITEM, DAY));
		api.post(url(id, "refer"), office, reason(why)).andExpect(status().isOk());
		return id;
	}

	String statusOf(long id) throws Exception {
		return api.ok("/api/v1/activities/" + id, office).get("status").asString();
	}

	@Test
	void theOfficeRefersARecordAndTheGroupVerifiesItWithAReasonBookingThePointsOfTheStandard() throws Exception {
		long id = api.create(staff, activity(rep.id(), ITEM, DAY));
		api.post(url(id, "refer"), office, reason("难以评定是否属于视察调研"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("REFERRED"))
			.andExpect(jsonPath("$.points").value(0))
			.andExpect(jsonPath("$.history[1].status").value("REFERRED"))
			.andExpect(jsonPath("$.history[1].by").value(office))
			.andExpect(jsonPath("$.history[1].reason").value("难以评定是否属于视察调研"));
		assertThat(ledgerEntries(id)).isZero();
		// the group's verification of a referred record needs its reason, like one after a review
		api.post(url(id, "verify"), group, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post(url(id, "verify"), group, reason("经复核,属于集中视察"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("VERIFIED"))
			.andExpect(jsonPath("$.points").value(10))
			.andExpect(jsonPath("$.history[2].status").value("VERIFIED"))
			.andExpect(jsonPath("$.history[2].by").value(group))
			.andExpect(jsonPath("$.history[2].reason").value("经复核,属于集中视察"));
		JsonNode ledger = api.ok("/api/v1/representatives/" + rep.id() + "/ledger?year=2021", office);
		assertThat(ledger.get("total").asInt()).isEqualTo(10);
		assertThat(ledger.get("entries")).hasSize(1);
		JsonNode entry = ledger.get("entries").get(0);
		assertThat(entry.get("activityId").asLong()).isEqualTo(id);
		assertThat(entry.get("points").asInt()).isEqualTo(10);
		assertThat(entry.get("kind").asString()).isEqualTo("BOOKED");
		assertThat(entry.get("by").asString()).isEqualTo(group);
		assertThat(auditActions(id)).containsSubsequence("ACTIVITY_RECORDED", "ACTIVITY_REFERRED", "ACTIVITY_VERIFIED");
		assertThat(jdbc.sql("select summary from audit_entry where record_type = 'ACTIVITY' and record_id = ?"
				+ " and action = 'ACTIVITY_REFERRED'").param(Long.toString(id)).query(String.class).single())
			.contains("难以评定是否属于视察调研");
	}

	@Test
	void theGroupRejectsOrReturnsAReferredRecordWithAReason() throws Exception {
		long rejected = referred("材料与视察无关");
		api.post(url(rejected, "reject"), group, reason(" "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post(url(rejected, "reject"), group, reason("经复核不属于履职活动"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("REJECTED"))
			.andExpect(jsonPath("$.history[2].by").value(group))
			.andExpect(jsonPath("$.history[2].reason").value("经复核不属于履职活动"));
		long returned = referred("缺少现场材料");
		api.post(url(returned, "return"), group, reason("请补充视察照片和签到表"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.history[2].reason").value("请补充视察照片和签到表"));
		// returned by the group, the record goes the usual way: amended, it is reported again
		api.put("/api/v1/activities/" + returned, repUser, activity(rep.id(), ITEM, DAY))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(ledgerEntries(rejected) + ledgerEntries(returned)).isZero();
		assertThat(auditActions(rejected)).contains("ACTIVITY_REFERRED", "ACTIVITY_REJECTED");
		assertThat(auditActions(returned)).contains("ACTIVITY_REFERRED", "ACTIVITY_RETURNED");
	}

	/**
	 * 409, not 403: the office takes part in verifying, rejecting and returning, but a referred
	 * record is now the group's to decide; a transition the state does not allow is a 409 (API.md),
	 * as for the office verifying a rejected record or the group a recorded one.
	 */
	@Test
	void theOfficeNoLongerDecidesAReferredRecordAndTheGroupOnlyAReferredOne() throws Exception {
		long id = referred("难以评定");
		api.post(url(id, "verify"), office, "{}")
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("该履职记录已提交考评小组复核,由考评小组核实计分、不予认定或退回"));
		api.post(url(id, "reject"), office, reason("x")).andExpect(status().isConflict());
		api.post(url(id, "return"), office, reason("x")).andExpect(status().isConflict());
		api.post("/api/v1/activities/verify", office, java.util.Map.of("ids", List.of(id)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.results[0].error.status").value(409));
		assertThat(statusOf(id)).isEqualTo("REFERRED");
		long recorded = api.create(staff, activity(rep.id(), ITEM, DAY));
		api.post(url(recorded, "reject"), group, reason("x")).andExpect(status().isConflict());
		api.post(url(recorded, "return"), group, reason("x")).andExpect(status().isConflict());
		api.post(url(recorded, "verify"), group, reason("x")).andExpect(status().isConflict());
		assertThat(statusOf(recorded)).isEqualTo("RECORDED");
		assertThat(ledgerEntries(id) + ledgerEntries(recorded)).isZero();
	}

	@Test
	void refersOnlyARecordedActivity() throws Exception {
		long submitted = api.create(repUser, activity(rep.id(), ITEM, DAY));
		api.post(url(submitted, "refer"), office, reason("难以评定"))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(statusOf(submitted)).isEqualTo("SUBMITTED");
		long twice = referred("难以评定");
		api.post(url(twice, "refer"), office, reason("再次提交")).andExpect(status().isConflict());
		long verified = api.create(staff, activity(rep.id(), ITEM, DAY));
		api.verify(office, verified);
		api.post(url(verified, "refer"), office, reason("难以评定")).andExpect(status().isConflict());
		assertThat(api.ok("/api/v1/activities/" + twice, office).get("history")).hasSize(2);
	}

	@Test
	void onlyTheOfficeRefersAndPermissionComesBeforeTheBody() throws Exception {
		long id = api.create(staff, activity(rep.id(), ITEM, DAY));
		for (String who : List.of(group, staff, repUser, fixture.user(Role.AUDITOR), fixture.user(Role.ADMIN))) {
			api.post(url(id, "refer"), who, "").andExpect(status().isForbidden());
			api.post(url(id, "refer"), who, reason("难以评定")).andExpect(status().isForbidden());
		}
		api.post(url(id, "refer"), null, reason("难以评定")).andExpect(status().isUnauthorized());
		String officeMember = Fixtures.unique("office-rep-");
		fixture.users.create(new Users.NewUser(officeMember, "x", TestUsers.PASSWORD,
				EnumSet.of(Role.OFFICE, Role.REPRESENTATIVE), null, rep.id()), fixture.district);
		api.post(url(id, "refer"), officeMember, reason("难以评定"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("不能核实、退回、不予认定、提交复核或撤销关于本人的履职记录"));
		api.post(url(id, "refer"), office, reason("  "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post(url(id, "refer"), office, "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post(url(id, "refer"), office, reason("长".repeat(1001)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post(url(id, "refer"), office, "").andExpect(status().isBadRequest());
		api.post(url(Long.MAX_VALUE, "refer"), office, reason("难以评定")).andExpect(status().isNotFound());
		assertThat(statusOf(id)).isEqualTo("RECORDED");
		assertThat(auditActions(id)).doesNotContain("ACTIVITY_REFERRED");
	}

	@Test
	void listsTheReferredRecordsByStatus() throws Exception {
		long id = referred("难以评定");
		long recorded = api.create(staff, activity(rep.id(), ITEM, DAY));
		String base = "/api/v1/activities?representativeId=" + rep.id();
		assertThat(Api.ids(api.ok(base + "&status=REFERRED", office))).containsExactly(id);
		assertThat(Api.ids(api.ok(base + "&status=REFERRED", group))).containsExactly(id);
		assertThat(Api.ids(api.ok(base + "&status=RECORDED", office))).containsExactly(recorded);
		api.get(base + "&status=HARD_TO_JUDGE", office)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("status")));
	}

	@Test
	void theDatabaseKeepsReferredRecordsUnderItsNamedStatusCheckAndStillRefusesAnUnknownStatus() throws Exception {
		long id = referred("难以评定");
		assertThat(jdbc.sql("select status from activity where id = ?").param(id).query(String.class).single())
			.isEqualTo("REFERRED");
		assertThatThrownBy(() -> jdbc.sql("update activity set status = 'LOST' where id = ?").param(id).update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.sql("""
				select lower(tc.constraint_name) from information_schema.table_constraints tc
				join information_schema.check_constraints cc
				  on cc.constraint_schema = tc.constraint_schema and cc.constraint_name = tc.constraint_name
				where tc.table_schema = current_schema and tc.table_name = 'activity' and tc.constraint_type = 'CHECK'
				  and cc.check_clause like '%SUBMITTED%'""").query(String.class).list())
			.as("V6's unnamed check is gone, V17's named one is the only check of the status")
			.containsExactly("ck_activity_status");
		assertThat(jdbc.sql("select type from flyway_schema_history where version = '17'").query(String.class).single())
			.as("Flyway found the Java migration on the classpath").isEqualTo("JDBC");
	}

	@Test
	void twoReferralsAtOnceReferTheRecordOnceAndTheOtherGets409() throws Exception {
		String otherOffice = fixture.user(Role.OFFICE);
		for (int round = 0; round < 3; round++) {
			long id = api.create(staff, activity(rep.id(), ITEM, DAY));
			List<Integer> statuses = AtOnce.run(List.of(() -> refer(office, id), () -> refer(otherOffice, id)));
			assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
			assertThat(jdbc.sql("select count(*) from activity_history where activity = ? and status = 'REFERRED'")
				.param(id)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	int refer(String who, long id) throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url(id, "refer")))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((who + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString("{\"reason\": \"难以评定\"}"))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}


	long ledgerEntries(long activityId) {
		return jdbc.sql("select count(*) from ledger_entry where activity_id = ?")
			.param(activityId)
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
	static class OnH2Tests extends ReferralApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ReferralApiTests {
	}
}
