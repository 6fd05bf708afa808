package cn.lvzhi.evaluation.web;

import static cn.lvzhi.Api.activity;
import static cn.lvzhi.Api.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/**
 * Conflict of interest on the pages: a member of the evaluation group who is also a
 * representative is not offered the decision of a case about themself (the case's form, their
 * own name among the adjustment form's representatives, the approval of a list with a change of
 * theirs), and a POST forced past the page gets the 403 page and changes nothing.
 */
@OnH2
class ConflictOfInterestPagesTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	static final int YEAR = 2024;

	static final LocalDate DAY = LocalDate.of(YEAR, 2, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Pages pages;

	Fixtures fixture;

	Api api;

	Representative rep;

	Representative other;

	String office;

	String group;

	String member;

	@BeforeEach
	void setUp() {
		fixture = pages.fixturesInNewDistrict();
		api = new Api(mvc, json);
		var community = fixture.community();
		rep = fixture.representativeSince(community, null, STARTED);
		other = fixture.representativeSince(community, null, STARTED);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		member = Fixtures.unique("group-rep-");
		fixture.users.create(new Users.NewUser(member, "测试" + member, TestUsers.PASSWORD,
				EnumSet.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), null, rep.id()), fixture.district);
	}

	/** A POST forced past the page: the 403 page with the refusal in words. */
	void forbidden(MockHttpServletRequestBuilder request, String why) throws Exception {
		String html = mvc.perform(request.with(csrf()).with(pages.signedIn(member)))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"error-message\"", why);
	}

	@Test
	void theCasePageOffersNoDecisionOfACaseAboutTheMemberAndAForcedOneIsRefused() throws Exception {
		long complaint = api.read(api.post("/api/v1/complaints", office,
				Map.of("representativeId", rep.id(), "content", "该代表本季度未到工作室值班"))
			.andExpect(status().isCreated())).get("id").asLong();
		long record = api.create(office, activity(rep.id(), 1, DAY));
		api.post("/api/v1/activities/" + record + "/reject", office, reason("材料不全")).andExpect(status().isOk());
		long review = api.read(api.post("/api/v1/reviews", member, Map.of("activityId", record, "reason", "有签到表为证"))
			.andExpect(status().isCreated())).get("id").asLong();

		for (String url : new String[] { "/evaluation/complaints/" + complaint, "/evaluation/reviews/" + review }) {
			assertThat(pages.page(url, member)).contains("id=\"own-case\"").doesNotContain("id=\"decision-form\"");
			assertThat(pages.page(url, group)).contains("id=\"decision-form\"").doesNotContain("id=\"own-case\"");
		}
		forbidden(post("/evaluation/complaints/" + complaint + "/decide").param("outcome", "UPHELD")
			.param("reason", "经调查,原决定正确"), "不能决定关于本人的投诉");
		forbidden(post("/evaluation/reviews/" + review + "/decide").param("outcome", "UPHELD")
			.param("reason", "经调查,原决定正确"), "不能决定关于本人的复核申请");
		api.get("/api/v1/complaints/" + complaint, group)
			.andExpect(jsonPath("$.status").value("OPEN"));
		api.get("/api/v1/reviews/" + review, group)
			.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void theAdjustmentFormDoesNotOfferTheMemberThemselfAndAForcedOneIsRefused() throws Exception {
		assertThat(pages.page("/adjustments", member)).contains(other.name()).doesNotContain(rep.name());
		assertThat(pages.page("/adjustments", group)).contains(other.name(), rep.name());
		forbidden(post("/adjustments").param("representativeId", String.valueOf(rep.id()))
			.param("year", String.valueOf(YEAR))
			.param("points", "5")
			.param("reason", "加分"), "不能为本人调整积分");
		assertThat(jdbc.sql("select count(*) from ledger_entry where representative_id = ?")
			.param(rep.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aListWithAChangeOfTheMembersOffersThemNoApprovalAndAForcedOneIsRefused() throws Exception {
		api.enterAndVerify(office, office, activity(rep.id(), 1, DAY));
		long id = api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 1))
			.andExpect(status().isCreated())).get("id").asLong();

		assertThat(pages.page("/publications/" + id, member)).doesNotContain("id=\"approve-submit\"");
		assertThat(pages.page("/publications/" + id, group)).contains("id=\"approve-submit\"");
		forbidden(post("/publications/" + id + "/approve"), "名单中有本人积分的变化或本人记入台账的变化,不能核准");
		assertThat(api.ok("/api/v1/publications/" + id, group).get("status").asString()).isEqualTo("DRAFT");
	}
}
