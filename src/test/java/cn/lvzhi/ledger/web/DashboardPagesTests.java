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
 * Who has the dashboards page, and the representative's chart on the points and roster pages: each
 * chart is a figure that says where its numbers are and carries its labels; the script draws it.
 * What the dashboards page shows is in {@link DashboardPagesSliceTests}.
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
	void representativesAndAdminsHaveNoDashboards() throws Exception {
		mvc.perform(get("/dashboards").with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboards").with(pages.signedIn(cast.fixtures.user(Role.ADMIN)))).andExpect(status().isForbidden());
		mvc.perform(get("/dashboards?year=1800").with(pages.signedIn(cast.office)))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/dashboards?workstationId=987654321").with(pages.signedIn(cast.office)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRepresentativesPointsAndRosterPagesCarryTheirChartByQuarter() throws Exception {
		String points = pages.page("/points?year=2025", cast.repUser);
		assertThat(points).contains("data-chart-kind=\"representative-quarters\"")
			.contains("data-chart-url=\"/api/v1/statistics/representatives/" + cast.rep.id() + "/points-by-quarter?year=2025\"")
			.contains("2025年度各季度积分", "/js/charts.js");
		String roster = pages.page("/roster/representatives/" + cast.rep.id(), cast.office);
		assertThat(roster).contains("data-chart-kind=\"representative-quarters\"")
			.contains("data-chart-url=\"/api/v1/statistics/representatives/" + cast.rep.id() + "/points-by-quarter\"")
			.contains("本年度各季度积分", "/js/charts.js");
	}
}
