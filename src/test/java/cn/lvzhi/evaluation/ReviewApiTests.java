package cn.lvzhi.evaluation;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/** The contract of {@code /api/v1/reviews} (API.md "Reviews and complaints"). */
abstract class ReviewApiTests {

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

	Api api;

	Representative rep;

	Representative other;

	String repUser;

	String otherUser;

	String staff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		var fixtures = new Fixtures(context);
		api = new Api(mvc, json);
		Workstation community = fixtures.community();
		rep = fixtures.representativeSince(community, null, STARTED);
		other = fixtures.representativeSince(fixtures.community(), null, STARTED);
		repUser = fixtures.userOf(rep);
		otherUser = fixtures.userOf(other);
		staff = fixtures.staffOf(community);
		office = fixtures.user(Role.OFFICE);
		group = fixtures.user(Role.EVALUATION_GROUP);
	}

	/** A record of item 1 (5 points) entered by the office and rejected by it. */
	long rejected(Representative representative) throws Exception {
		long id = api.create(office, activity(representative.id(), 1, DAY));
		api.post("/api/v1/activities/" + id + "/reject", office, reason("材料不全")).andExpect(status().isOk());
		return id;
	}

	long verified(Representative representative) throws Exception {
		return api.enterAndVerify(office, office, activity(representative.id(), 1, DAY)).get("id").asLong();
	}

	long requestReview(long activityId) throws Exception {
		return api.read(api.post("/api/v1/reviews", repUser, Map.of("activityId", activityId, "reason", "有签到表为证"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/reviews/")))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.activityId").value(activityId))
			.andExpect(jsonPath("$.representativeId").value(rep.id()))
			.andExpect(jsonPath("$.outcome").doesNotExist())).get("id").asLong();
	}

	static Map<String, Object> decision(String outcome, String type, Integer points) {
		return decision(outcome, "经复核,签到表可以证明", type, points);
	}

	/** The body of a decision as API.md writes it: {outcome, reason, amendment?: {type, points?}}. */
	static Map<String, Object> decision(String outcome, String reason, String type, Integer points) {
		var body = new LinkedHashMap<String, Object>();
		body.put("outcome", outcome);
		body.put("reason", reason);
		if (type != null) {
			var amendment = new LinkedHashMap<String, Object>();
			amendment.put("type", type);
			if (points != null) {
				amendment.put("points", points);
			}
			body.put("amendment", amendment);
		}
		return body;
	}

	String statusOfRecord(long activityId) throws Exception {
		return api.ok("/api/v1/activities/" + activityId, office).get("status").asString();
	}

	org.springframework.test.web.servlet.ResultActions addPhoto(long activityId, String username) throws Exception {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.multipart("/api/v1/activities/{id}/attachments", activityId)
			.file(new org.springframework.mock.web.MockMultipartFile("file", "签到表.png", "image/png", png.toByteArray()))
			.with(Fixtures.as(username)));
	}

	@Test
	void aRepresentativeAddsNewEvidenceToTheirDecidedRecordOnlyWhileTheirReviewIsOpen() throws Exception {
		long record = rejected(rep);
		addPhoto(record, repUser).andExpect(status().isConflict());
		long review = requestReview(record);
		addPhoto(record, repUser).andExpect(status().isCreated());
		// another representative gains nothing from someone else's review
		addPhoto(record, otherUser).andExpect(status().isForbidden());
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("UPHELD", null, null))
			.andExpect(status().isOk());
		addPhoto(record, repUser).andExpect(status().isConflict());
		api.get("/api/v1/activities/" + record + "/attachments", group).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aRepresentativeAsksForAReviewOfTheirRejectedRecordAndTheGroupVerifiesItWithPoints() throws Exception {
		long record = rejected(rep);
		long review = requestReview(record);
		api.get("/api/v1/reviews/" + review, repUser).andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("有签到表为证"));

		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "VERIFY", null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(review))
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.outcome").value("AMENDED"))
			.andExpect(jsonPath("$.amendment.type").value("VERIFY"))
			.andExpect(jsonPath("$.decidedBy").value(group));

		JsonNode activity = api.ok("/api/v1/activities/" + record, repUser);
		assertThat(activity.get("status").asString()).isEqualTo("VERIFIED");
		assertThat(activity.get("points").asInt()).isEqualTo(5);
		assertThat(activity.get("history").get(activity.get("history").size() - 1).get("reason").asString())
			.isEqualTo("经复核,签到表可以证明");
		assertThat(api.ok("/api/v1/reviews/" + review, repUser).get("decisionReason").asString())
			.isEqualTo("经复核,签到表可以证明");
		assertThat(auditActions(review)).contains("REVIEW_REQUESTED", "REVIEW_DECIDED");
	}

	@Test
	void aSecondDecisionIsAConflictAndChangesNothing() throws Exception {
		long record = rejected(rep);
		long review = requestReview(record);
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("UPHELD", null, null))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("UPHELD"))
			.andExpect(jsonPath("$.amendment").doesNotExist());
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "VERIFY", null))
			.andExpect(status().isConflict());
		assertThat(statusOfRecord(record)).isEqualTo("REJECTED");
		assertThat(api.ok("/api/v1/reviews/" + review, group).get("outcome").asString()).isEqualTo("UPHELD");
	}

	@Test
	void anAmendmentTheRecordRefusesLeavesTheReviewOpen() throws Exception {
		long record = rejected(rep);
		long review = requestReview(record);
		// a rejected record cannot be revoked: 409 from the record, and nothing is decided
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "REVOKE", null))
			.andExpect(status().isConflict());
		assertThat(api.ok("/api/v1/reviews/" + review, group).get("status").asString()).isEqualTo("OPEN");
		assertThat(statusOfRecord(record)).isEqualTo("REJECTED");
		// then decided properly
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "VERIFY", null))
			.andExpect(status().isOk());
	}

	@Test
	void anIncompleteDecisionIsRefusedField() throws Exception {
		long review = requestReview(rejected(rep));
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", null, null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amendment"));
		api.post("/api/v1/reviews/" + review + "/decide", group, Map.of("outcome", "UPHELD", "reason", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "ADJUST", null))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("amendment.points"));
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("UPHELD", "VERIFY", null))
			.andExpect(status().isUnprocessableContent());
		api.post("/api/v1/reviews/" + review + "/decide", group, "{\"outcome\": \"MAYBE\", \"reason\": \"x\"}")
			.andExpect(status().isBadRequest());
		api.post("/api/v1/reviews/" + review + "/decide", group, "{\"outcome\": ")
			.andExpect(status().isBadRequest());
		assertThat(api.ok("/api/v1/reviews/" + review, group).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void anAdjustmentIsBookedInTheCycleOfTheRecord() throws Exception {
		long record = verified(rep);
		long review = requestReview(record);
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "ADJUST", 3))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amendment.points").value(3));
		JsonNode ledger = api.ok("/api/v1/representatives/" + rep.id() + "/ledger?year=" + DAY.getYear(), repUser);
		assertThat(ledger.get("total").asInt()).isEqualTo(8);
		JsonNode last = ledger.get("entries").get(ledger.get("entries").size() - 1);
		assertThat(last.get("kind").asString()).isEqualTo("ADJUSTED");
		assertThat(last.get("points").asInt()).isEqualTo(3);
		assertThat(last.get("reason").asString()).isEqualTo("经复核,签到表可以证明");
	}

	@Test
	void aRevocationAfterReviewReversesThePoints() throws Exception {
		long record = verified(rep);
		long review = requestReview(record);
		api.post("/api/v1/reviews/" + review + "/decide", group, decision("AMENDED", "REVOKE", null))
			.andExpect(status().isOk());
		assertThat(statusOfRecord(record)).isEqualTo("REVOKED");
		assertThat(api.ok("/api/v1/representatives/" + rep.id() + "/ledger?year=" + DAY.getYear(), repUser)
			.get("total").asInt()).isZero();
	}

	@Test
	void onlyOneOpenReviewPerRecord() throws Exception {
		long record = rejected(rep);
		long first = requestReview(record);
		api.post("/api/v1/reviews", repUser, Map.of("activityId", record, "reason", "再次申请"))
			.andExpect(status().isConflict());
		api.post("/api/v1/reviews/" + first + "/decide", group, decision("UPHELD", null, null)).andExpect(status().isOk());
		// decided: the representative may ask again
		requestReview(record);
	}

	@Test
	void aReviewIsOnlyForTheRepresentativesOwnDecidedRecord() throws Exception {
		api.post("/api/v1/reviews", repUser, Map.of("activityId", rejected(other), "reason", "不是我的"))
			.andExpect(status().isForbidden());
		api.post("/api/v1/reviews", repUser, Map.of("activityId", 987_654_321L, "reason", "不存在"))
			.andExpect(status().isNotFound());
		long recorded = api.create(office, activity(rep.id(), 1, DAY));
		api.post("/api/v1/reviews", repUser, Map.of("activityId", recorded, "reason", "还没有决定"))
			.andExpect(status().isConflict());
		api.post("/api/v1/reviews", repUser, Map.of("activityId", rejected(rep)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		api.post("/api/v1/reviews", repUser, Map.of("activityId", rejected(rep), "reason", "长".repeat(2001)))
			.andExpect(status().isUnprocessableContent());
		api.post("/api/v1/reviews", office, Map.of("activityId", rejected(rep), "reason", "办公室"))
			.andExpect(status().isForbidden());
		api.post("/api/v1/reviews", null, Map.of("activityId", rejected(rep), "reason", "匿名"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theGroupSeesAllReviewsARepresentativeTheirOwnOthersNone() throws Exception {
		long mine = requestReview(rejected(rep));
		api.get("/api/v1/reviews/" + mine, otherUser).andExpect(status().isForbidden());
		api.get("/api/v1/reviews/" + mine, staff).andExpect(status().isForbidden());
		api.get("/api/v1/reviews/987654321", group).andExpect(status().isNotFound());
		JsonNode own = api.ok("/api/v1/reviews", repUser);
		assertThat(own.get("total").asLong()).isEqualTo(1);
		assertThat(own.get("items").get(0).get("id").asLong()).isEqualTo(mine);
		assertThat(api.ok("/api/v1/reviews", otherUser).get("total").asLong()).isZero();
		JsonNode open = api.ok("/api/v1/reviews?status=OPEN&size=1000", group);
		assertThat(Api.ids(open)).contains(mine);
		api.post("/api/v1/reviews/" + mine + "/decide", group, decision("UPHELD", null, null)).andExpect(status().isOk());
		assertThat(Api.ids(api.ok("/api/v1/reviews?status=OPEN&size=1000", group))).doesNotContain(mine);
		assertThat(Api.ids(api.ok("/api/v1/reviews?status=DECIDED&size=1000", group))).contains(mine);
		api.get("/api/v1/reviews?status=WHATEVER", group).andExpect(status().isBadRequest());
		api.post("/api/v1/reviews/" + mine + "/decide", office, decision("UPHELD", null, null))
			.andExpect(status().isForbidden());
	}

	@Test
	void theOpenApiDocumentDescribesReviewsAndComplaints() throws Exception {
		JsonNode paths = api.ok("/v3/api-docs", null).get("paths");
		for (String path : List.of("/api/v1/reviews", "/api/v1/reviews/{id}", "/api/v1/reviews/{id}/decide",
				"/api/v1/complaints", "/api/v1/complaints/{id}", "/api/v1/complaints/{id}/decide",
				"/api/v1/public/complaints/{code}", "/api/v1/evaluation/inbox")) {
			assertThat(paths.has(path)).as(path).isTrue();
		}
		assertThat(paths.get("/api/v1/reviews/{id}/decide").get("post").get("summary").asString()).contains("AMENDED");
	}


	List<String> auditActions(long reviewId) {
		return jdbc.sql("select action from audit_entry where record_type = 'REVIEW_REQUEST' and record_id = ?")
			.param(Long.toString(reviewId))
			.query(String.class)
			.list();
	}

	@OnH2
	static class OnH2Tests extends ReviewApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends ReviewApiTests {
	}
}
