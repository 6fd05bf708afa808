package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestClock;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * 季度公布 pages: the office drafts from the form (mistakes in Chinese beside the field), the
 * evaluation group approves from the list's page, the office closes the cycle from the fourth
 * quarter's page; the public pages show published lists only. What anonymous visitors find in
 * the top bar is in {@code PublicPublicationPagesSliceTests}.
 */
@OnH2
class PublicationPagesTests {

	static final int YEAR = 2021;

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Pages pages;

	Fixtures fixture;

	Api api;

	Workstation community;

	Representative rep;

	String office;

	String group;

	@BeforeEach
	void setUp() throws Exception {
		fixture = pages.fixturesInNewDistrict();
		api = new Api(mvc, json);
		community = fixture.community();
		rep = fixture.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		api.enterAndVerify(office, office, activity(rep.id(), 14, LocalDate.of(YEAR, 2, 1)));
	}

	String page(String url, String username) throws Exception {
		var request = get(url);
		if (username != null) {
			request.with(pages.signedIn(username));
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	long draftFromTheForm(int quarter) throws Exception {
		String location = mvc.perform(post("/publications").param("year", String.valueOf(YEAR))
			.param("quarter", String.valueOf(quarter))
			.with(csrf())
			.with(pages.signedIn(office)))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).matches("/publications/\\d+");
		return Long.parseLong(location.substring("/publications/".length()));
	}

	@Test
	void theOfficeDraftsTheGroupApprovesAndTheListShowsItsRowsChangesAndHash() throws Exception {
		assertThat(page("/publications", office)).contains("id=\"draft-form\"", "起草名单");
		assertThat(page("/publications", group)).doesNotContain("id=\"draft-form\"");
		long id = draftFromTheForm(1);

		String asOffice = page("/publications/" + id, office);
		assertThat(asOffice).contains("草稿", community.name(), rep.name(), "本年度第一次公布", "本季度新增积分合计 20 分",
				"id=\"discard-form\"", "/api/v1/publications/" + id + "/export.pdf")
			.doesNotContain("id=\"approve-submit\"", "名次变化");
		String hash = api.ok("/api/v1/publications/" + id, office).get("contentHash").asString();
		assertThat(asOffice).contains(hash);

		assertThat(page("/publications/" + id, group)).contains("id=\"approve-submit\"").doesNotContain("id=\"discard-form\"");
		mvc.perform(post("/publications/" + id + "/approve").with(csrf()).with(pages.signedIn(group)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "publication.notice.published"));
		assertThat(page("/publications/" + id, group)).contains("已公布").doesNotContain("id=\"approve-submit\"");
		assertThat(page("/publications?year=" + YEAR, office)).contains("data-id=\"" + id + "\"", "已公布");
		// staff and representatives do not work here
		mvc.perform(get("/publications").with(pages.signedIn(fixture.staffOf(community)))).andExpect(status().isForbidden());
	}

	@Test
	void mistakesInTheDraftFormAreShownInChineseBesideTheField() throws Exception {
		String html = mvc.perform(post("/publications").param("year", String.valueOf(LocalDate.now(clock).getYear() + 1))
			.param("quarter", "1")
			.with(csrf())
			.with(pages.signedIn(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid", "该季度尚未结束");
		html = mvc.perform(post("/publications").param("year", String.valueOf(YEAR))
			.param("quarter", "2")
			.with(csrf())
			.with(pages.signedIn(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("尚未公布,须按季度顺序公布");
		mvc.perform(post("/publications").param("year", String.valueOf(YEAR)).param("quarter", "1").with(pages.signedIn(office)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDraftIsDiscardedWithAReasonAndTheFourthQuartersPageClosesTheCycle() throws Exception {
		long id = draftFromTheForm(1);
		mvc.perform(post("/publications/" + id + "/discard").param("reason", "数据有误").with(csrf()).with(pages.signedIn(office)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/publications/" + id, office)).contains("已作废", "数据有误");
		long q4 = 0;
		for (int q = 1; q <= 4; q++) {
			q4 = draftFromTheForm(q);
			mvc.perform(post("/publications/" + q4 + "/approve").with(csrf()).with(pages.signedIn(group)))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(page("/publications/" + q4, group)).doesNotContain("id=\"close-cycle-submit\"")
			.contains("名次变化", "本季度未得分的代表:1 人", rep.name());
		assertThat(page("/publications/" + q4, office)).contains("id=\"close-cycle-submit\"");
		mvc.perform(post("/publications/" + q4 + "/close-cycle").with(csrf()).with(pages.signedIn(office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "publication.notice.closed"));
		mvc.perform(post("/publications/" + q4 + "/close-cycle").with(csrf()).with(pages.signedIn(office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("已经关账")));
		assertThat(page("/publications/" + q4, office)).contains("id=\"cycle-closed\"", "关账")
			.doesNotContain("id=\"close-cycle-submit\"");
	}

	@Test
	void thePublicSeesPublishedListsOnlyWithoutSigningIn() throws Exception {
		long q1 = draftFromTheForm(1);
		String code = fixture.districtCode(context);
		assertThat(page("/public/publications?district=" + code, null)).contains("暂无已公布的名单")
			.doesNotContain("data-id=\"" + q1 + "\"");
		mvc.perform(get("/public/publications/" + q1)).andExpect(status().isNotFound());
		api.get("/api/v1/public/publications/" + q1, null).andExpect(status().isNotFound());
		mvc.perform(post("/publications/" + q1 + "/approve").with(csrf()).with(pages.signedIn(group)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/public/publications?district=" + code, null)).contains("data-id=\"" + q1 + "\"",
				YEAR + " 年第 1 季度");
		String detail = page("/public/publications/" + q1, null);
		assertThat(detail).contains(rep.name(), community.name(), "20",
				api.ok("/api/v1/public/publications/" + q1, null).get("contentHash").asString());
		var list = api.ok("/api/v1/public/publications?district=" + code, null);
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("id").asLong()).isEqualTo(q1);
		api.get("/api/v1/public/publications?district=no-such-district", null).andExpect(status().isNotFound());
	}
}
