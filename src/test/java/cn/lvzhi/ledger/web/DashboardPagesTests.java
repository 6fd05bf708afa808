package cn.lvzhi.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.shared.Role;

/**
 * The dashboards page and the representative's chart on the points and roster pages: each chart
 * is a figure that says where its numbers are and carries its labels; the script draws it.
 */
@OnH2
class DashboardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	Fixtures.Cast cast;

	@BeforeEach
	void setUp() {
		cast = pages.cast();
	}

	@Test
	void theOfficeSeesThreeDistrictChartsOfTheYearItPicks() throws Exception {
		String html = pages.page("/dashboards?year=2024", cast.fixtures.user(Role.OFFICE));
		assertThat(html).contains("2024年度统计图表", "范围:全区")
			.contains("data-chart-kind=\"quarters\"",
					"data-chart-url=\"/api/v1/statistics/points-by-quarter?year=2024\"")
			.contains("data-chart-kind=\"distribution\"",
					"data-chart-url=\"/api/v1/statistics/distribution?year=2024\"")
			.contains("data-chart-kind=\"workstations\"", "data-chart-url=\"/api/v1/statistics/workstations?year=2024\"")
			.contains("data-label-service=\"服务联系群众\"", "data-label-quarter=\"第{0}季度\"")
			.contains("2024年度各季度分类积分", "2024年度代表积分分布", "2024年度各社区党代表工作室积分对比")
			.contains("id=\"workstationId\"", "/js/charts.js", "/webjars/echarts/")
			.doesNotContain("<script>");
		assertThat(pages.page("/dashboards?year=2024&workstationId=" + cast.community.id(), cast.fixtures.user(Role.EVALUATION_GROUP)))
			.contains("范围:" + cast.community.name())
			.contains("data-chart-url=\"/api/v1/statistics/points-by-quarter?year=2024&amp;workstationId="
					+ cast.community.id() + "\"");
	}

	@Test
	void workstationStaffSeeTheirWorkstationsCharts() throws Exception {
		String html = pages.page("/dashboards", cast.fixtures.staffOf(cast.community));
		assertThat(html).contains("范围:" + cast.community.name())
			.contains("workstationId=" + cast.community.id())
			.doesNotContain("id=\"workstationId\"");
	}

	@Test
	void representativesAndAdminsHaveNoDashboards() throws Exception {
		mvc.perform(get("/dashboards").with(pages.signedIn(cast.fixtures.userOf(cast.rep)))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboards").with(pages.signedIn(cast.fixtures.user(Role.ADMIN)))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboards?year=1800").with(pages.signedIn(cast.fixtures.user(Role.OFFICE))))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/dashboards?workstationId=987654321").with(pages.signedIn(cast.fixtures.user(Role.OFFICE))))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRepresentativesPointsAndRosterPagesCarryTheirChartByQuarter() throws Exception {
		String points = pages.page("/points?year=2025", cast.fixtures.userOf(cast.rep));
		assertThat(points).contains("data-chart-kind=\"representative-quarters\"")
			.contains("data-chart-url=\"/api/v1/statistics/representatives/" + cast.rep.id() + "/points-by-quarter?year=2025\"")
			.contains("2025年度各季度积分", "/js/charts.js");
		String roster = pages.page("/roster/representatives/" + cast.rep.id(), cast.fixtures.user(Role.OFFICE));
		assertThat(roster).contains("data-chart-kind=\"representative-quarters\"")
			.contains("data-chart-url=\"/api/v1/statistics/representatives/" + cast.rep.id() + "/points-by-quarter\"")
			.contains("本年度各季度积分", "/js/charts.js");
	}
}
