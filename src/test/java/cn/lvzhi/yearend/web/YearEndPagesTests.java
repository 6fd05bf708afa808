package cn.lvzhi.yearend.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.roster.Representative;

/** The year-end pages, signed in as real users: the overview, a representative's year, the form. */
@OnH2
class YearEndPagesTests {

	static final int YEAR = 2023;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	Fixtures.Cast cast;

	@BeforeEach
	void setUp() {
		cast = pages.cast();
	}

	String url(Representative representative) {
		return "/evaluation/year-end/" + YEAR + "/representatives/" + representative.id();
	}

	void verified(Representative representative, int item, LocalDate day) {
		ActivityRecord record = activities.create(pages.actor(cast.office), representative.id(),
				new ActivityDetails(item, day, Fixtures.unique("活动"), null, null, null, null));
		activities.verify(pages.actor(cast.office), record.id(), null);
	}

	MockHttpServletRequestBuilder form(Representative representative, String version, String membersSatisfied,
			String grade) {
		var request = post(url(representative)).with(csrf())
			.with(pages.signedIn(cast.group))
			.param("membersSatisfied", membersSatisfied)
			.param("membersBasicallySatisfied", "3")
			.param("membersDissatisfied", "0")
			.param("constituentsSatisfied", "40")
			.param("constituentsBasicallySatisfied", "5")
			.param("constituentsDissatisfied", "1")
			.param("reportToElectoralUnit", "true")
			.param("_reportToElectoralUnit", "on")
			.param("_reportToCommunity", "on")
			.param("grade", grade)
			.param("rewards", "建议通报表扬")
			.param("penalties", "")
			.param("exitRecommendation", "");
		return version == null ? request : request.param("version", version);
	}

	@Test
	void theGroupRecordsAnEvaluationOnTheRepresentativesPage() throws Exception {
		verified(cast.rep, 6, LocalDate.of(YEAR, 8, 1));
		String before = pages.page(url(cast.rep), cast.group);
		assertThat(before).contains(cast.rep.name(), "id=\"year-end-total\">10<", "考评小组尚未评议", "id=\"evaluation-form\"",
				"第三季度", "6. ", "statement.pdf");

		mvc.perform(form(cast.rep, null, "20", "EXCELLENT"))
			.andExpect(redirectedUrl(url(cast.rep)))
			.andExpect(flash().attribute("notice", "yearend.notice.saved"));

		String after = pages.page(url(cast.rep), cast.group);
		assertThat(after).contains("id=\"year-end-grade\">优秀<", "建议通报表扬", "id=\"report-electoral-unit\">是<",
				"id=\"report-community\">否<", "第 1 版", "name=\"version\" value=\"1\"");
		assertThat(pages.page(url(cast.rep), cast.office)).contains("id=\"year-end-grade\">优秀<").doesNotContain("id=\"evaluation-form\"");

		// a second save from the same version
		mvc.perform(form(cast.rep, "1", "21", "COMPETENT")).andExpect(redirectedUrl(url(cast.rep)));
		String stale = mvc.perform(form(cast.rep, "1", "22", "INCOMPETENT"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("该记录已被他人修改", "id=\"year-end-grade\">称职<", "首次录入", "第 2 版",
				"<span>党员评议</span><span>、</span><span>评议等次</span>");
	}

	@Test
	void wrongCountsAreShownInChineseBesideTheField() throws Exception {
		String html = mvc.perform(form(cast.rep, null, "-1", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("不能小于 0", "is-invalid", "考评小组尚未评议");
	}

	@Test
	void aRepresentativeReadsTheirOwnYearOnly() throws Exception {
		mvc.perform(form(cast.rep, null, "8", "COMPETENT")).andExpect(redirectedUrl(url(cast.rep)));
		mvc.perform(get("/evaluation/year-end/mine").with(pages.signedIn(cast.repUser))).andExpect(redirectedUrl(url(cast.rep)));
		String own = pages.page(url(cast.rep), cast.repUser);
		assertThat(own).contains("id=\"year-end-grade\">称职<", "我的年终评议").doesNotContain("id=\"evaluation-form\"");
		mvc.perform(get(url(cast.neighbour)).with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
		mvc.perform(get("/evaluation/year-end").with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
		mvc.perform(form(cast.rep, "1", "9", "EXCELLENT").with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
	}

	@Test
	void theOverviewShowsGradeCountsAndEveryRepresentativeOfTheWorkstation() throws Exception {
		verified(cast.neighbour, 14, LocalDate.of(YEAR, 2, 1));
		mvc.perform(form(cast.rep, null, "8", "BASICALLY_COMPETENT")).andExpect(redirectedUrl(url(cast.rep)));
		String html = pages.page("/evaluation/year-end?year=" + YEAR + "&workstationId=" + cast.community.id(), cast.office);
		assertThat(html).contains(YEAR + "年度年终评议", cast.community.name(), cast.rep.name(), cast.neighbour.name(), "基本称职", "未评议",
				"export.xlsx", "年终评议");
		assertThat(html).containsPattern("data-grade=\"BASICALLY_COMPETENT\">\\s*<span>基本称职</span>\\s*<strong class=\"ms-2\">1<")
			.containsPattern("data-grade=\"NONE\">\\s*<span>未评议</span>\\s*<strong class=\"ms-2\">1<");
		// neighbour has more points: first in the workstation
		assertThat(html.indexOf(cast.neighbour.name())).isLessThan(html.indexOf(cast.rep.name()));
		assertThat(pages.page("/evaluation/year-end", cast.group)).contains("年终评议");
	}
}
