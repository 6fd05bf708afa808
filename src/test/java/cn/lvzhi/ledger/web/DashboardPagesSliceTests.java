package cn.lvzhi.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.roster.RosterMother;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.Role;

/**
 * The dashboards page: each chart is a figure that says where its numbers are and carries its
 * labels (the script draws it); the office and the group pick a workstation, its staff see theirs.
 */
@WebSlice
class DashboardPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final Workstation COMMUNITY = RosterMother.community(31, DISTRICT, "沙头角社区党代表工作室");

	@Autowired
	MockMvc mvc;

	@Autowired
	Ledger ledger;

	@Autowired
	Workstations workstations;

	@BeforeEach
	void aWorkstationIn2025() {
		given(ledger.today(DISTRICT)).willReturn(LocalDate.of(2025, 6, 30));
		given(workstations.inDisplayOrder(DISTRICT)).willReturn(List.of(COMMUNITY));
		given(workstations.get(DISTRICT, COMMUNITY.id())).willReturn(COMMUNITY);
	}

	String page(String url, Actor actor) throws Exception {
		return mvc.perform(get(url).with(actor.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theOfficeSeesThreeDistrictChartsOfTheYearItPicks() throws Exception {
		String html = page("/dashboards?year=2024", Actor.office());
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
		assertThat(page("/dashboards?year=2024&workstationId=" + COMMUNITY.id(),
				Actor.of("group", DISTRICT, Role.EVALUATION_GROUP)))
			.contains("范围:" + COMMUNITY.name())
			.contains("data-chart-url=\"/api/v1/statistics/points-by-quarter?year=2024&amp;workstationId="
					+ COMMUNITY.id() + "\"");
	}

	@Test
	void workstationStaffSeeTheirWorkstationsCharts() throws Exception {
		String html = page("/dashboards", Actor.staff("staff", DISTRICT, COMMUNITY.id()));
		assertThat(html).contains("2025年度统计图表", "范围:" + COMMUNITY.name())
			.contains("workstationId=" + COMMUNITY.id())
			.doesNotContain("id=\"workstationId\"");
	}
}
