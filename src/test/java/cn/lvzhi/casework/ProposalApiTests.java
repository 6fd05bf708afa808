package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The contract of {@code /api/v1/proposals} (API.md "Casework", docs/CASEWORK.md "Proposals") on
 * both databases: the steps and their states, the records each submission creates and their
 * verification and points, who may do what (403 before 422), bad input naming its field, and the
 * paper proposal's document. The list, its export and concurrent steps are in
 * {@link ProposalListApiTests}.
 */
abstract class ProposalApiTests {

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

	@Autowired
	Representatives representatives;

	Fixtures fixture;

	Api api;

	Proposing proposing;

	Workstation community;

	Representative lead;

	Representative a;

	Representative b;

	Representative other;

	String leadUser;

	String aUser;

	String bUser;

	String otherUser;

	String staff;

	String otherStaff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixture = new Fixtures(context);
		api = new Api(mvc, json);
		proposing = new Proposing(api);
		community = fixture.community();
		Workstation otherCommunity = fixture.community();
		lead = fixture.representativeSince(community, null, STARTED);
		a = fixture.representativeSince(community, null, STARTED);
		b = fixture.representativeSince(otherCommunity, null, STARTED);
		other = fixture.representativeSince(otherCommunity, null, STARTED);
		leadUser = fixture.userOf(lead);
		aUser = fixture.userOf(a);
		bUser = fixture.userOf(b);
		otherUser = fixture.userOf(other);
		staff = fixture.staffOf(community);
		otherStaff = fixture.staffOf(otherCommunity);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
	}

	@Test
	void aMotionWithTwoCosignersOneConfirmingYieldsExactlyTheLeadsItem8AndOneItem9() throws Exception {
		String title = Fixtures.unique("关于增设社区长者食堂的提案");
		JsonNode drafted = api.read(api.post("/api/v1/proposals", leadUser,
				Proposing.motion(title, lead.id(), a.id(), b.id()))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/proposals/")))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.kind").value("MOTION"))
			.andExpect(jsonPath("$.leadName").value(lead.name()))
			.andExpect(jsonPath("$.onPaper").value(false))
			.andExpect(jsonPath("$.cosigners[0].representativeId").value(a.id()))
			.andExpect(jsonPath("$.cosigners[0].confirmed").value(false))
			.andExpect(jsonPath("$.cosigners[1].name").value(b.name()))
			.andExpect(jsonPath("$.records.length()").value(0))
			.andExpect(jsonPath("$.history[0].step").value("DRAFTED")));
		long id = drafted.get("id").asLong();

		String confirm = "/api/v1/proposals/" + id + "/cosigners/" + a.id() + "/confirm";
		api.post(confirm, aUser, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cosigners[0].confirmed").value(true))
			.andExpect(jsonPath("$.cosigners[0].onPaper").value(false))
			.andExpect(jsonPath("$.cosigners[1].confirmed").value(false));
		// confirming twice is a 200 that changes nothing
		api.post(confirm, aUser, "").andExpect(status().isOk()).andExpect(jsonPath("$.history.length()").value(2));

		JsonNode submitted = api.read(api.post("/api/v1/proposals/" + id + "/submit", leadUser, "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedOn").value(today().toString()))
			.andExpect(jsonPath("$.records.length()").value(2)));
		JsonNode leads = submitted.get("records").get(0);
		JsonNode cosigns = submitted.get("records").get(1);
		assertThat(leads.get("representativeId").asLong()).isEqualTo(lead.id());
		assertThat(leads.get("itemCode").asInt()).isEqualTo(8);
		assertThat(leads.get("title").asString()).isEqualTo("领衔提出提案:" + title);
		assertThat(leads.get("occurredOn").asString()).isEqualTo(today().toString());
		assertThat(leads.get("status").asString()).isEqualTo("RECORDED");
		assertThat(cosigns.get("representativeId").asLong()).isEqualTo(a.id());
		assertThat(cosigns.get("itemCode").asInt()).isEqualTo(9);
		assertThat(cosigns.get("title").asString()).isEqualTo("联署提案:" + title);
		assertThat(records(b.id())).isZero();
		// the records link back to the proposal, and go through the office's verification
		api.get("/api/v1/activities/" + leads.get("id").asLong(), office)
			.andExpect(jsonPath("$.source.type").value("PROPOSAL"))
			.andExpect(jsonPath("$.source.id").value(id));
		assertThat(api.verify(office, leads.get("id").asLong()).get("points").asInt()).isEqualTo(10);
		assertThat(api.verify(office, cosigns.get("id").asLong()).get("points").asInt()).isEqualTo(3);
		api.get("/api/v1/proposals/" + id, leadUser)
			.andExpect(jsonPath("$.records[*].status").value(containsInAnyOrder("VERIFIED", "VERIFIED")))
			.andExpect(jsonPath("$.records[*].points").value(containsInAnyOrder(10, 3)));

		// the other co-signer is too late now
		api.post("/api/v1/proposals/" + id + "/cosigners/" + b.id() + "/confirm", bUser, "")
			.andExpect(status().isConflict());
		api.post("/api/v1/proposals/" + id + "/submit", leadUser, "").andExpect(status().isConflict());
		assertThat(audit(id)).containsSubsequence("PROPOSAL_DRAFTED", "PROPOSAL_COSIGNED", "PROPOSAL_SUBMITTED");
	}

	@Test
	void aSuggestionEarnsItsLeadItem7AndTakesNoCosigners() throws Exception {
		var withCosigners = Proposing.body("SUGGESTION", "关于路灯维修的建议", lead.id(), List.of(a.id()));
		api.post("/api/v1/proposals", leadUser, withCosigners)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cosignerIds"));
		long id = proposing.draft(leadUser, Proposing.body("SUGGESTION", "关于路灯维修的建议", lead.id(), null));
		JsonNode submitted = proposing.submit(leadUser, id);
		assertThat(submitted.get("records")).hasSize(1);
		JsonNode record = submitted.get("records").get(0);
		assertThat(record.get("itemCode").asInt()).isEqualTo(7);
		assertThat(record.get("title").asString()).isEqualTo("代表提议:关于路灯维修的建议");
		assertThat(api.verify(office, record.get("id").asLong()).get("points").asInt()).isEqualTo(3);
	}

	@Test
	void theOfficeAssignsUnitsRecordsTheirResponsesAndTheLeadEvaluates() throws Exception {
		long id = proposing.draft(leadUser, Proposing.motion("关于完善公交线路的提案", lead.id()));
		String assign = "/api/v1/proposals/" + id + "/assign";
		var units = Map.of("handlingUnits", List.of(Proposing.unit("区交通运输局", "LEAD"), Proposing.unit("区城管局", "ASSISTING")));
		api.post(assign, office, units).andExpect(status().isConflict()); // still a draft
		proposing.submit(leadUser, id);

		api.post(assign, office, Map.of("handlingUnits", List.of()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("handlingUnits"));
		api.post(assign, office, Map.of("handlingUnits", List.of(Proposing.unit("区交通运输局", "MAIN"), Proposing.unit(" ", "LEAD"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("handlingUnits[0].role", "handlingUnits[1].name")));
		api.post(assign, office, Map.of("handlingUnits", List.of(Proposing.unit("甲", "LEAD"), Proposing.unit("乙", "LEAD"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("handlingUnits"));
		api.post(assign, leadUser, units).andExpect(status().isForbidden());
		api.post(assign, office, units)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ASSIGNED"))
			.andExpect(jsonPath("$.handlingUnits[0].name").value("区交通运输局"))
			.andExpect(jsonPath("$.handlingUnits[0].role").value("LEAD"))
			.andExpect(jsonPath("$.handlingUnits[1].role").value("ASSISTING"));
		api.post(assign, office, units).andExpect(status().isConflict());

		String responses = "/api/v1/proposals/" + id + "/responses";
		String evaluation = "/api/v1/proposals/" + id + "/evaluation";
		api.post(responses, office, Map.of("handlingUnit", "区教育局", "content", "答复"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("handlingUnit"));
		api.post(responses, office, Map.of("handlingUnit", "区城管局", "content", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("content"));
		// an assisting unit's response does not answer the proposal
		api.post(responses, office, Map.of("handlingUnit", "区城管局", "content", "配合调整站点设置。"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ASSIGNED"));
		api.post(evaluation, leadUser, Map.of("satisfaction", "SATISFIED")).andExpect(status().isConflict());
		api.post(responses, office, Map.of("handlingUnit", "区交通运输局", "content", "已新增 B 线一条。"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.responses[1].handlingUnit").value("区交通运输局"))
			.andExpect(jsonPath("$.responses[1].recordedBy").value(office));
		api.post(responses, office, Map.of("handlingUnit", "区交通运输局", "content", "再答复"))
			.andExpect(status().isConflict());

		api.post(evaluation, office, Map.of("satisfaction", "SATISFIED")).andExpect(status().isForbidden());
		api.post(evaluation, aUser, Map.of("satisfaction", "SATISFIED")).andExpect(status().isForbidden());
		api.post(evaluation, leadUser, Map.of("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("satisfaction"));
		api.post(evaluation, leadUser, Map.of("satisfaction", "BASICALLY_SATISFIED"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("EVALUATED"))
			.andExpect(jsonPath("$.satisfaction").value("BASICALLY_SATISFIED"))
			.andExpect(jsonPath("$.history[*].step").value(org.hamcrest.Matchers.contains("DRAFTED", "SUBMITTED",
					"ASSIGNED", "REPLIED", "REPLIED", "EVALUATED")));
		api.post(evaluation, leadUser, Map.of("satisfaction", "SATISFIED")).andExpect(status().isConflict());
	}

	@Test
	void refusesABadDraftNamingEachFieldAndCreatesNothing() throws Exception {
		api.post("/api/v1/proposals", leadUser, Proposing.body("PETITION", "t", lead.id(), null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		var bad = Proposing.body("MOTION", "x".repeat(151), lead.id(), List.of(lead.id(), a.id(), a.id(), Long.MAX_VALUE));
		bad.put("content", " ");
		api.post("/api/v1/proposals", leadUser, bad)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("title", "content", "cosignerIds[0]",
					"cosignerIds[2]", "cosignerIds[3]")));
		representatives.end(fixture.district, b.id(), today().minusDays(1), "调离");
		api.post("/api/v1/proposals", leadUser, Proposing.motion("t", lead.id(), b.id()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cosignerIds[0]"))
			.andExpect(jsonPath("$.errors[0].message").value(b.name() + " 今天不在任,不能领衔或联署"));
		api.post("/api/v1/proposals", office, Proposing.motion("t", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("leadRepresentativeId")));
		api.post("/api/v1/proposals", leadUser, "{\"kind\": ").andExpect(status().isBadRequest());
		assertThat(proposals(lead.id())).isZero();
	}

	@Test
	void checksPermissionBeforeTheInput() throws Exception {
		var forOther = Proposing.body("PETITION", " ", a.id(), null);
		api.post("/api/v1/proposals", leadUser, forOther).andExpect(status().isForbidden());
		for (String who : List.of(staff, group, fixture.user(Role.AUDITOR), fixture.user(Role.ADMIN))) {
			api.post("/api/v1/proposals", who, Proposing.motion("t", lead.id())).andExpect(status().isForbidden());
		}
		api.post("/api/v1/proposals", null, Proposing.motion("t", lead.id())).andExpect(status().isUnauthorized());
		// only the office marks co-signatures on paper
		var marked = Proposing.motion("t", lead.id(), a.id());
		marked.put("confirmedCosignerIds", List.of(a.id()));
		api.post("/api/v1/proposals", leadUser, marked).andExpect(status().isForbidden());

		long id = proposing.draft(leadUser, Proposing.motion("t", lead.id(), a.id(), b.id()));
		api.post("/api/v1/proposals/" + id + "/cosigners/" + a.id() + "/confirm", bUser, "").andExpect(status().isForbidden());
		api.post("/api/v1/proposals/" + id + "/cosigners/" + other.id() + "/confirm", otherUser, "")
			.andExpect(status().isNotFound());
		api.post("/api/v1/proposals/" + id + "/submit", aUser, "").andExpect(status().isForbidden());
		api.post("/api/v1/proposals/" + id + "/withdraw", aUser, Map.of()).andExpect(status().isForbidden());
		api.post("/api/v1/proposals/" + id + "/withdraw", leadUser, Map.of())
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.get("/api/v1/proposals/" + id, leadUser).andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(proposals(a.id())).isZero();
	}

	@Test
	void theLeadTheCosignersTheLeadsStaffTheOfficeAndTheGroupReadAProposalNobodyElse() throws Exception {
		long id = proposing.draft(leadUser, Proposing.motion("t", lead.id(), b.id()));
		for (String who : List.of(leadUser, bUser, staff, office, group)) {
			api.get("/api/v1/proposals/" + id, who).andExpect(status().isOk());
		}
		for (String who : List.of(aUser, otherUser, otherStaff)) {
			api.get("/api/v1/proposals/" + id, who).andExpect(status().isForbidden());
		}
		api.get("/api/v1/proposals/" + id, fixture.user(Role.AUDITOR)).andExpect(status().isForbidden());
		api.get("/api/v1/proposals/987654321", office).andExpect(status().isNotFound());
		// the buttons each may use
		api.get("/api/v1/proposals/" + id, leadUser).andExpect(jsonPath("$.actions").value(containsInAnyOrder("SUBMIT", "WITHDRAW")));
		api.get("/api/v1/proposals/" + id, bUser).andExpect(jsonPath("$.actions").value(containsInAnyOrder("CONFIRM")));
		api.get("/api/v1/proposals/" + id, office)
			.andExpect(jsonPath("$.actions").value(containsInAnyOrder("SUBMIT", "WITHDRAW", "ATTACH")));
		api.get("/api/v1/proposals/" + id, group).andExpect(jsonPath("$.actions.length()").value(0));
	}

	@Test
	void aSubmissionIsAllOrNothingWhenAConfirmedCosignerNoLongerServes() throws Exception {
		long id = proposing.draft(leadUser, Proposing.motion("t", lead.id(), b.id(), a.id()));
		proposing.confirm(aUser, id, a.id());
		representatives.end(fixture.district, a.id(), today().minusDays(1), "调离");
		api.post("/api/v1/proposals/" + id + "/submit", leadUser, "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("cosignerIds[1]"));
		api.get("/api/v1/proposals/" + id, leadUser)
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.records.length()").value(0));
		assertThat(records(lead.id())).isZero();
		assertThat(audit(id)).doesNotContain("PROPOSAL_SUBMITTED", "ACTIVITY_RECORDED");
	}

	@Test
	void aFourthCosignedMotionInACycleScoresNothingCapped() throws Exception {
		var points = new ArrayList<Integer>();
		var recordIds = new ArrayList<Long>();
		for (int i = 0; i < 4; i++) {
			long id = proposing.draft(leadUser, Proposing.motion("提案 " + i, lead.id(), a.id()));
			proposing.confirm(aUser, id, a.id());
			JsonNode records = proposing.submit(office, id).get("records");
			long item9 = records.get(1).get("id").asLong();
			recordIds.add(item9);
			points.add(api.verify(office, item9).get("points").asInt());
		}
		assertThat(points).containsExactly(3, 3, 3, 0);
		JsonNode ledger = api.ok("/api/v1/representatives/" + a.id() + "/ledger?year=" + today().getYear(), office);
		assertThat(ledger.get("total").asInt()).isEqualTo(9);
		JsonNode last = ledger.get("entries").get(3);
		assertThat(last.get("activityId").asLong()).isEqualTo(recordIds.get(3));
		assertThat(last.get("reason").asString()).isEqualTo("capped");
	}

	@Test
	void theLeadWithdrawsADraftAndTheOfficeDeclaresASubmittedOneInvalidWithdrawingItsRecords() throws Exception {
		long draft = proposing.draft(leadUser, Proposing.motion("t", lead.id()));
		api.post("/api/v1/proposals/" + draft + "/withdraw", leadUser, Map.of("reason", "重复提出"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.history[1].note").value("重复提出"));
		api.post("/api/v1/proposals/" + draft + "/submit", leadUser, "").andExpect(status().isConflict());

		long id = proposing.draft(leadUser, Proposing.motion("t", lead.id(), a.id()));
		proposing.confirm(aUser, id, a.id());
		JsonNode records = proposing.submit(leadUser, id).get("records");
		api.verify(office, records.get(0).get("id").asLong());
		api.post("/api/v1/proposals/" + id + "/withdraw", leadUser, Map.of("reason", "r")).andExpect(status().isConflict());
		api.post("/api/v1/proposals/" + id + "/withdraw", office, Map.of("reason", "经审查不符合提案立案条件"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.records[0].status").value("REVOKED"))
			.andExpect(jsonPath("$.records[0].points").value(0))
			.andExpect(jsonPath("$.records[1].status").value("REJECTED"));
		JsonNode ledger = api.ok("/api/v1/representatives/" + lead.id() + "/ledger?year=" + today().getYear(), office);
		assertThat(ledger.get("total").asInt()).isZero();
		api.get("/api/v1/activities/" + records.get(0).get("id").asLong(), office)
			.andExpect(jsonPath("$.history[2].reason").value("经审查不符合提案立案条件"));
		api.post("/api/v1/proposals/" + id + "/withdraw", office, Map.of("reason", "again")).andExpect(status().isConflict());
	}

	@Test
	void theOfficeRegistersAPaperMotionWithItsSignaturesAndDocument() throws Exception {
		var paper = Proposing.motion("关于老旧小区加装电梯的提案", lead.id(), a.id(), b.id());
		paper.put("confirmedCosignerIds", List.of(b.id()));
		JsonNode drafted = api.read(api.post("/api/v1/proposals", office, paper)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.onPaper").value(true))
			.andExpect(jsonPath("$.draftedBy").value(office))
			.andExpect(jsonPath("$.cosigners[0].confirmed").value(false))
			.andExpect(jsonPath("$.cosigners[1].confirmed").value(true))
			.andExpect(jsonPath("$.cosigners[1].onPaper").value(true)));
		long id = drafted.get("id").asLong();

		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
		String documents = "/api/v1/proposals/" + id + "/documents";
		JsonNode document = api.read(mvc.perform(multipart(documents)
			.file(new MockMultipartFile("file", "提案原件.pdf", "application/octet-stream", pdf))
			.with(Fixtures.as(office)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("application/pdf")));
		mvc.perform(multipart(documents).file(new MockMultipartFile("file", "x.pdf", "application/pdf", "not a pdf at all".getBytes()))
			.with(Fixtures.as(office))).andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart(documents).file(new MockMultipartFile("file", "x.pdf", "application/pdf", pdf))
			.with(Fixtures.as(leadUser))).andExpect(status().isForbidden());
		String download = documents + "/" + document.get("id").asLong();
		byte[] back = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(download)
			.with(Fixtures.as(leadUser)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(back).isEqualTo(pdf);
		api.get(download, otherUser).andExpect(status().isForbidden());

		JsonNode submitted = proposing.submit(office, id);
		assertThat(submitted.get("records")).hasSize(2);
		assertThat(submitted.get("records").get(1).get("representativeId").asLong()).isEqualTo(b.id());
		assertThat(submitted.get("documents").get(0).get("filename").asString()).isEqualTo("提案原件.pdf");
		assertThat(audit(id)).contains("PROPOSAL_DOCUMENT_ATTACHED", "PROPOSAL_DOCUMENT_DOWNLOADED");
	}

	long records(long representativeId) {
		return jdbc.sql("select count(*) from activity where representative_id = ? and source_type = 'PROPOSAL'")
			.param(representativeId)
			.query(Long.class)
			.single();
	}

	long proposals(long representativeId) {
		return jdbc.sql("select count(*) from proposal where lead_representative_id = ?")
			.param(representativeId)
			.query(Long.class)
			.single();
	}

	List<String> audit(long proposalId) {
		return jdbc.sql("select action from audit_entry where record_type = 'PROPOSAL' and record_id = ? order by id")
			.param(Long.toString(proposalId))
			.query(String.class)
			.list();
	}

	/** The bodies and steps of proposals that the API tests share. */
	static final class Proposing {

		private final Api api;

		Proposing(Api api) {
			this.api = api;
		}

		static Map<String, Object> body(String kind, String title, Long lead, List<Long> cosigners) {
			var body = new LinkedHashMap<String, Object>();
			body.put("kind", kind);
			body.put("title", title);
			body.put("content", "建议内容:" + title);
			body.put("leadRepresentativeId", lead);
			if (cosigners != null) {
				body.put("cosignerIds", cosigners);
			}
			return body;
		}

		static Map<String, Object> motion(String title, Long lead, Long... cosigners) {
			return body("MOTION", title, lead, List.of(cosigners));
		}

		static Map<String, Object> unit(String name, String role) {
			return Map.of("name", name, "role", role);
		}

		long draft(String who, Map<String, Object> body) throws Exception {
			return api.read(api.post("/api/v1/proposals", who, body).andExpect(status().isCreated())).get("id").asLong();
		}

		JsonNode confirm(String who, long id, long representativeId) throws Exception {
			return api.read(api.post("/api/v1/proposals/" + id + "/cosigners/" + representativeId + "/confirm", who, "")
				.andExpect(status().isOk()));
		}

		JsonNode submit(String who, long id) throws Exception {
			return api.read(api.post("/api/v1/proposals/" + id + "/submit", who, "").andExpect(status().isOk()));
		}
	}

	@OnH2
	static class OnH2Tests extends ProposalApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ProposalApiTests {
	}
}
