package cn.lvzhi.evaluation;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * Conflict of interest (DOMAIN.md 13, shared.ConflictOfInterest): a member of the evaluation
 * group who is also a representative does not decide a complaint or review about themself, adjust
 * their own points, grade their own year, or approve a quarterly list that includes a change they
 * made — 403 problem+json, the case unchanged, the refusal in the audit trail — while a member
 * without the conflict decides the same case. Each test works in a district of its own (a
 * quarter's list is unique in its district).
 */
abstract class ConflictOfInterestApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final int YEAR = 2024;

	static final LocalDate DAY = LocalDate.of(YEAR, 2, 15);

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixture;

	Api api;

	Representative rep;

	Representative other;

	String repUser;

	String office;

	/** A member of the evaluation group without a conflict. */
	String group;

	/** A member of the evaluation group who is also the representative {@link #rep}. */
	String member;

	@BeforeEach
	void setUp() {
		fixture = Fixtures.inNewDistrict(context);
		api = new Api(mvc, json);
		Workstation community = fixture.community();
		rep = fixture.representativeSince(community, null, STARTED);
		other = fixture.representativeSince(community, null, STARTED);
		repUser = fixture.userOf(rep);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		member = groupMemberWho(rep);
	}

	String groupMemberWho(Representative representative) {
		String username = Fixtures.unique("group-rep-");
		fixture.users.create(new Users.NewUser(username, "测试" + username, TestUsers.PASSWORD,
				EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null, representative.id()), fixture.district);
		return username;
	}

	/** A 403 problem+json whose detail is {@code detail}. */
	static void refused(ResultActions result, String detail) throws Exception {
		result.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(403))
			.andExpect(jsonPath("$.detail").value(detail));
	}

	/** How many refusals of {@code username} about this record the audit trail holds. */
	long refusalsAudited(String username, String recordType, long recordId) {
		return jdbc.sql("""
				select count(*) from audit_entry where username = ? and action = 'ACCESS_DENIED' and success = false
				and record_type = ? and record_id = ?""")
			.params(username, recordType, String.valueOf(recordId))
			.query(Long.class)
			.single();
	}

	static Map<String, Object> upheld() {
		return ReviewApiTests.decision("UPHELD", "经调查,原决定正确", null, null);
	}

	@Test
	void aMemberDoesNotDecideAComplaintAboutThemselfAndItStaysOpen() throws Exception {
		long id = api.read(api.post("/api/v1/complaints", office,
				Map.of("representativeId", rep.id(), "content", "该代表本季度未到工作室值班"))
			.andExpect(status().isCreated())).get("id").asLong();

		refused(api.post("/api/v1/complaints/" + id + "/decide", member, upheld()), "不能决定关于本人的投诉");
		api.get("/api/v1/complaints/" + id, group)
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		assertThat(refusalsAudited(member, "COMPLAINT", id)).isEqualTo(1);

		api.post("/api/v1/complaints/" + id + "/decide", group, upheld())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decidedBy").value(group));
	}

	@Test
	void aMemberSeesTheContactOfWhoeverComplainedAboutThemMaskedAndUnaudited() throws Exception {
		long id = api.read(api.post("/api/v1/complaints", office, Map.of("representativeId", rep.id(), "contact",
				"13812345678", "content", "该代表本季度未到工作室值班"))
			.andExpect(status().isCreated())).get("id").asLong();

		api.get("/api/v1/complaints/" + id, member).andExpect(jsonPath("$.contact").value("138****5678"));
		api.get("/api/v1/complaints?size=1000", member)
			.andExpect(jsonPath("$.items[?(@.id == " + id + ")].contact").value("138****5678"));
		assertThat(contactViewsAudited(member)).isZero();
		// A member who handles it sees it in full, and that view is audited.
		api.get("/api/v1/complaints/" + id, group).andExpect(jsonPath("$.contact").value("13812345678"));
		assertThat(contactViewsAudited(group)).isEqualTo(1);
	}

	long contactViewsAudited(String username) {
		return jdbc.sql("select count(*) from audit_entry where username = ? and action like 'COMPLAINT_CONTACT%'")
			.param(username)
			.query(Long.class)
			.single();
	}

	@Test
	void aComplaintAboutARecordOfTheirsIsAboutThemselfToo() throws Exception {
		long record = api.enterAndVerify(office, office, activity(rep.id(), 1, DAY)).get("id").asLong();
		long id = api.read(api.post("/api/v1/complaints", office, Map.of("activityId", record, "content", "该活动并未举行"))
			.andExpect(status().isCreated())).get("id").asLong();

		refused(api.post("/api/v1/complaints/" + id + "/decide", member, upheld()), "不能决定关于本人的投诉");
		api.get("/api/v1/complaints/" + id, group).andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void aMemberDoesNotDecideTheirOwnReviewRequestAndItStaysOpen() throws Exception {
		long record = api.create(office, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + record + "/reject", office, reason("材料不全")).andExpect(status().isOk());
		long id = api.read(api.post("/api/v1/reviews", member, Map.of("activityId", record, "reason", "有签到表为证"))
			.andExpect(status().isCreated())).get("id").asLong();

		refused(api.post("/api/v1/reviews/" + id + "/decide", member, upheld()), "不能决定关于本人的复核申请");
		api.get("/api/v1/reviews/" + id, group)
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.outcome").doesNotExist());
		assertThat(api.ok("/api/v1/activities/" + record, office).get("status").asString()).isEqualTo("REJECTED");
		assertThat(refusalsAudited(member, "REVIEW_REQUEST", id)).isEqualTo(1);

		api.post("/api/v1/reviews/" + id + "/decide", group, upheld())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"));
	}

	@Test
	void aMemberDoesNotAdjustTheirOwnPoints() throws Exception {
		var adjustment = Map.<String, Object>of("representativeId", rep.id(), "year", YEAR, "points", 5, "reason", "加分");

		refused(api.post("/api/v1/adjustments", member, adjustment), "不能为本人调整积分");
		assertThat(jdbc.sql("select count(*) from ledger_entry where representative_id = ?")
			.param(rep.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(refusalsAudited(member, "REPRESENTATIVE", rep.id())).isEqualTo(1);

		api.post("/api/v1/adjustments", group, adjustment).andExpect(status().isCreated());
		api.post("/api/v1/adjustments", member,
				Map.of("representativeId", other.id(), "year", YEAR, "points", 5, "reason", "加分"))
			.andExpect(status().isCreated());
	}

	@Test
	void aMemberDoesNotGradeTheirOwnYear() throws Exception {
		var evaluation = new LinkedHashMap<String, Object>();
		evaluation.put("members", Map.of("satisfied", 5, "basicallySatisfied", 2, "dissatisfied", 1));
		evaluation.put("constituents", Map.of("satisfied", 30, "basicallySatisfied", 4, "dissatisfied", 0));
		evaluation.put("reportToElectoralUnit", true);
		evaluation.put("reportToCommunity", true);
		evaluation.put("grade", "EXCELLENT");
		String url = "/api/v1/year-end/" + YEAR + "/representatives/" + rep.id();

		refused(api.put(url, member, evaluation), "不能评议本人");
		var unchanged = api.ok(url, group).get("evaluation");
		assertThat(unchanged == null || unchanged.isNull()).as("no evaluation recorded").isTrue();
		assertThat(refusalsAudited(member, "REPRESENTATIVE", rep.id())).isEqualTo(1);

		api.put(url, group, evaluation).andExpect(status().isCreated());
		api.put("/api/v1/year-end/" + YEAR + "/representatives/" + other.id(), member, evaluation)
			.andExpect(status().isCreated());
	}

	@Test
	void aMemberDoesNotApproveAListThatIncludesAChangeTheyMade() throws Exception {
		// the first quarter: points of the member's own representative, and a record the other
		// member verified (the group verifies a rejected record)
		api.enterAndVerify(office, office, activity(rep.id(), 1, DAY));
		String verifier = fixture.user(Role.EVALUATION_GROUP);
		long rejected = api.create(office, activity(other.id(), 1, DAY));
		api.post("/api/v1/activities/" + rejected + "/reject", office, reason("材料不全")).andExpect(status().isOk());
		verifyRejected(rejected, verifier);
		long q1 = draft(1);

		refused(approve(q1, member), "名单中有本人积分的变化或本人记入台账的变化,不能核准");
		refused(approve(q1, verifier), "名单中有本人积分的变化或本人记入台账的变化,不能核准");
		assertThat(api.ok("/api/v1/publications/" + q1, group).get("status").asString()).isEqualTo("DRAFT");
		assertThat(refusalsAudited(member, "PUBLICATION", q1)).isEqualTo(1);
		assertThat(refusalsAudited(verifier, "PUBLICATION", q1)).isEqualTo(1);
		approve(q1, group).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		// the second quarter: the verifier's record was counted in the first list already; a late
		// record of the first quarter that another member verified now first counts in this one
		api.enterAndVerify(office, office, activity(other.id(), 1, LocalDate.of(YEAR, 5, 5)));
		String late = fixture.user(Role.EVALUATION_GROUP);
		long lateRecord = api.create(office, activity(other.id(), 1, DAY.plusDays(1)));
		api.post("/api/v1/activities/" + lateRecord + "/reject", office, reason("材料不全")).andExpect(status().isOk());
		verifyRejected(lateRecord, late);
		long q2 = draft(2);

		refused(approve(q2, late), "名单中有本人积分的变化或本人记入台账的变化,不能核准");
		approve(q2, verifier).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

		// the third quarter: the member's representative has no quarter points in it
		api.enterAndVerify(office, office, activity(other.id(), 1, LocalDate.of(YEAR, 8, 8)));
		long q3 = draft(3);
		approve(q3, member).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(api.ok("/api/v1/publications/" + q3, group).get("approvedBy").asString()).isEqualTo(member);
	}

	void verifyRejected(long record, String who) throws Exception {
		api.post("/api/v1/activities/" + record + "/verify", who, reason("复核后认定")).andExpect(status().isOk());
	}

	long draft(int quarter) throws Exception {
		return api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", quarter))
			.andExpect(status().isCreated())).get("id").asLong();
	}

	ResultActions approve(long id, String who) throws Exception {
		return api.post("/api/v1/publications/" + id + "/approve", who, "");
	}

	@OnH2
	static class OnH2Tests extends ConflictOfInterestApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ConflictOfInterestApiTests {
	}
}
