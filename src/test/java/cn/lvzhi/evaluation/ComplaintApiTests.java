package cn.lvzhi.evaluation;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/** The contract of {@code /api/v1/complaints} (API.md "Reviews and complaints") and the receipt lookup. */
abstract class ComplaintApiTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	private static final AtomicInteger addresses = new AtomicInteger();

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

	Api api;

	Representative rep;

	Representative other;

	String office;

	String group;

	String repUser;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(context);
		api = new Api(mvc, json);
		rep = fixtures.representativeSince(fixtures.community(), null, STARTED);
		other = fixtures.representativeSince(fixtures.community(), null, STARTED);
		office = fixtures.user(Role.OFFICE);
		group = fixtures.user(Role.EVALUATION_GROUP);
		repUser = fixtures.userOf(rep);
	}

	/** A client address of its own for each use, so that tests do not share a rate limit. */
	static String address() {
		return "10.77." + (addresses.get() / 250) + "." + (addresses.incrementAndGet() % 250 + 1) + "-"
				+ Long.toString(System.nanoTime() % 100_000, 36);
	}

	ResultActions anonymously(Object body, String address) throws Exception {
		return mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(body))
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			}));
	}

	static Map<String, Object> complaint(Long representativeId, Long activityId, String contact, String content) {
		var body = new LinkedHashMap<String, Object>();
		if (representativeId != null) {
			body.put("representativeId", representativeId);
		}
		if (activityId != null) {
			body.put("activityId", activityId);
		}
		if (contact != null) {
			body.put("contact", contact);
		}
		body.put("content", content);
		return body;
	}

	static Map<String, Object> decision(String outcome, String type, Integer points) {
		return ReviewApiTests.decision(outcome, "经调查核实", type, points);
	}

	@Test
	void anyoneWithoutAnAccountSubmitsAComplaintAndLooksTheAnswerUpWithTheReceiptCode() throws Exception {
		JsonNode created = api.read(anonymously(complaint(rep.id(), null, "13812345678", "该代表本季度未到工作室值班"), address())
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/complaints/")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.contact").doesNotExist()));
		String code = created.get("receiptCode").asString();
		assertThat(code).matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}");
		long id = created.get("id").asLong();

		String page = mvc.perform(get("/api/v1/public/complaints/" + code.toLowerCase().replace("-", "")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.contact").value("138****5678"))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain("13812345678", "未到工作室值班", rep.name());
		mvc.perform(get("/api/v1/public/complaints/AAAA-AAAA-AAAA-AAAA")).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/complaints/not-a-code")).andExpect(status().isNotFound());

		// the evaluation group sees it whole, the contact in full (audited)
		api.get("/api/v1/complaints/" + id, group)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contact").value("13812345678"))
			.andExpect(jsonPath("$.content").value("该代表本季度未到工作室值班"))
			.andExpect(jsonPath("$.representativeId").value(rep.id()))
			.andExpect(jsonPath("$.submittedBy").doesNotExist());
		assertThat(jdbc.sql("select action from audit_entry where record_type = 'COMPLAINT' and record_id = ?")
			.param(Long.toString(id)).query(String.class).list())
			.contains("COMPLAINT_SUBMITTED", "COMPLAINT_CONTACT_VIEWED");
		assertThat(jdbc.sql("select summary from audit_entry where record_type = 'COMPLAINT' and record_id = ?")
			.param(Long.toString(id)).query(String.class).list())
			.noneMatch(s -> s.contains("13812345678") || s.contains("未到工作室值班"));

		// decided; the complainant reads the answer
		api.post("/api/v1/complaints/" + id + "/decide", group, decision("UPHELD", null, null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.outcome").value("UPHELD"));
		mvc.perform(get("/api/v1/public/complaints/" + code))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.outcome").value("UPHELD"))
			.andExpect(jsonPath("$.reason").value("经调查核实"));
		api.post("/api/v1/complaints/" + id + "/decide", group, decision("UPHELD", null, null))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyTheEvaluationGroupReadsAndDecidesComplaints() throws Exception {
		long id = api.read(anonymously(complaint(null, null, null, "积分公示有疑问"), address()).andExpect(status().isCreated()))
			.get("id").asLong();
		mvc.perform(get("/api/v1/complaints/" + id)).andExpect(status().isUnauthorized());
		api.get("/api/v1/complaints/" + id, office).andExpect(status().isForbidden());
		api.get("/api/v1/complaints", repUser).andExpect(status().isForbidden());
		api.post("/api/v1/complaints/" + id + "/decide", office, decision("UPHELD", null, null))
			.andExpect(status().isForbidden());
		api.get("/api/v1/complaints/987654321", group).andExpect(status().isNotFound());
		JsonNode open = api.ok("/api/v1/complaints?status=OPEN&size=1000", group);
		assertThat(Api.ids(open)).contains(id);
	}

	@Test
	void aSignedInUserSubmitsWithoutTheAddressLimitAndIsNamed() throws Exception {
		JsonNode created = api.read(api.post("/api/v1/complaints", office, complaint(null, null, null, "工作人员转交的疑问"))
			.andExpect(status().isCreated()));
		api.get("/api/v1/complaints/" + created.get("id").asLong(), group)
			.andExpect(jsonPath("$.submittedBy").value(office));
	}

	@Test
	void submissionsAreCheckedField() throws Exception {
		String address = address();
		anonymously(complaint(null, null, null, "  "), address).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("content"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		anonymously(complaint(null, null, null, "长".repeat(2001)), address).andExpect(status().isUnprocessableContent());
		anonymously(complaint(null, null, "1".repeat(101), "内容"), address).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("contact"));
		anonymously(complaint(987654321L, null, null, "内容"), address).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("representativeId"));
		anonymously(complaint(null, 987654321L, null, "内容"), address).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityId"));
		long record = api.create(office, activity(rep.id(), 1, DAY));
		anonymously(complaint(other.id(), record, null, "内容"), address).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("activityId"));
		mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"content\": "))
			.andExpect(status().isBadRequest());
		// a record alone names its representative
		long id = api.read(anonymously(complaint(null, record, null, "内容"), address).andExpect(status().isCreated()))
			.get("id").asLong();
		api.get("/api/v1/complaints/" + id, group).andExpect(jsonPath("$.representativeId").value(rep.id()));
	}

	@Test
	void oneAddressMaySubmitFiveAnHourThen429() throws Exception {
		String address = address();
		for (int i = 0; i < 5; i++) {
			anonymously(complaint(null, null, null, "第 " + i + " 条"), address).andExpect(status().isCreated());
		}
		anonymously(complaint(null, null, null, "第 6 条"), address).andExpect(status().isTooManyRequests())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("每小时最多提交 5 次")));
		anonymously(complaint(null, null, null, "另一个地址"), address()).andExpect(status().isCreated());
		// an hour later the address may submit again: the count is of the database's rows of the
		// last hour (moved back here rather than moving the clock that other tests share)
		jdbc.sql("update complaint set submitted_at = ? where client_address = ?")
			.params(java.time.OffsetDateTime.ofInstant(clock.instant().minus(java.time.Duration.ofMinutes(61)),
					java.time.ZoneOffset.UTC), address)
			.update();
		anonymously(complaint(null, null, null, "一小时后"), address).andExpect(status().isCreated());
	}

	@Test
	void aComplaintAboutAVerifiedRecordMayRevokeIt() throws Exception {
		long record = api.enterAndVerify(office, office, activity(rep.id(), 1, DAY)).get("id").asLong();
		long id = api.read(anonymously(complaint(rep.id(), record, null, "该活动并未举行"), address())
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/complaints/" + id + "/decide", group, decision("AMENDED", "REVOKE", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amendment.type").value("REVOKE"));
		assertThat(api.ok("/api/v1/activities/" + record, office).get("status").asString()).isEqualTo("REVOKED");
	}

	@Test
	void anAmendmentTheComplaintHasNothingForIsRefusedAndLeavesItOpen() throws Exception {
		long aboutNobody = api.read(anonymously(complaint(null, null, null, "泛泛的意见"), address())
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/complaints/" + aboutNobody + "/decide", group, decision("AMENDED", "VERIFY", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amendment.type"));
		api.post("/api/v1/complaints/" + aboutNobody + "/decide", group, decision("AMENDED", "ADJUST", -2))
			.andExpect(status().isUnprocessableContent());
		assertThat(api.ok("/api/v1/complaints/" + aboutNobody, group).get("status").asString()).isEqualTo("OPEN");

		// about a representative without a record: an adjustment in the current year
		long aboutRep = api.read(anonymously(complaint(rep.id(), null, null, "未按规定履职"), address())
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/complaints/" + aboutRep + "/decide", group, decision("AMENDED", "ADJUST", -2))
			.andExpect(status().isOk());
		int year = LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Asia/Shanghai")).getYear();
		JsonNode ledger = api.ok("/api/v1/representatives/" + rep.id() + "/ledger?year=" + year, group);
		assertThat(ledger.get("total").asInt()).isEqualTo(-2);
	}

	@Test
	void theListShowsContactsInFullToTheGroupOnly() throws Exception {
		long id = api.read(anonymously(complaint(null, null, "zhang@example.com", "联系方式"), address())
			.andExpect(status().isCreated())).get("id").asLong();
		JsonNode list = api.ok("/api/v1/complaints?size=1000", group);
		List<String> contacts = new java.util.ArrayList<>();
		list.get("items").forEach(i -> {
			if (i.get("id").asLong() == id) {
				contacts.add(i.get("contact").asString());
			}
		});
		assertThat(contacts).containsExactly("zhang@example.com");
	}

	@Test
	void aRepeatedSubmissionWithTheSameIdempotencyKeyCreatesOneComplaint() throws Exception {
		String address = address();
		String key = Fixtures.unique("feedback-");
		String body = json.writeValueAsString(complaint(null, null, null, "重复提交的意见"));
		JsonNode first = api.read(mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key).content(body).with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andExpect(status().isCreated()));
		JsonNode again = api.read(mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", key).content(body).with(r -> {
				r.setRemoteAddr(address);
				return r;
			})).andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true")));
		assertThat(again.get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(again.get("receiptCode").asString()).isEqualTo(first.get("receiptCode").asString());
		assertThat(jdbc.sql("select count(*) from complaint where client_address = ?").param(address)
			.query(Long.class).single()).isEqualTo(1L);
	}

	@Test
	void theInboxListsOpenComplaintsAndReviewsForTheGroup() throws Exception {
		long id = api.read(anonymously(complaint(rep.id(), null, null, "待办"), address()).andExpect(status().isCreated()))
			.get("id").asLong();
		JsonNode inbox = api.ok("/api/v1/evaluation/inbox", group);
		JsonNode item = null;
		for (JsonNode i : inbox) {
			if (i.get("kind").asString().equals("COMPLAINT") && i.get("id").asLong() == id) {
				item = i;
			}
		}
		assertThat(item).isNotNull();
		assertThat(item.get("representativeName").asString()).isEqualTo(rep.name());
		assertThat(item.get("ageWorkingDays").asInt()).isZero();
		assertThat(item.get("overdue").asBoolean()).isFalse();
		api.get("/api/v1/evaluation/inbox", office).andExpect(status().isForbidden());
	}

	@OnH2
	static class OnH2Tests extends ComplaintApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ComplaintApiTests {
	}
}
