package cn.lvzhi.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.RecordSource;
import cn.lvzhi.activities.CaseworkItem;
import cn.lvzhi.activities.SourcedRecords;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.roster.Representative;

/** The points, standings and adjustments pages, signed in as real users. */
@OnH2
class PointsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	@Autowired
	SourcedRecords sourced;

	Fixtures.Cast cast;

	@BeforeEach
	void setUp() {
		cast = pages.cast();
	}

	ActivityRecord verified(Representative representative, int item, LocalDate day) {
		var details = new ActivityDetails(item, day, Fixtures.unique("活动"), null, null, null, null);
		// Co-signed motions (item 9) come only from a proposal (DOMAIN.md 11).
		ActivityRecord record = CaseworkItem.isCaseworkOnly(item)
				? sourced.record(pages.actor(cast.office), representative.id(), details, RecordSource.proposal(Fixtures.nextId()))
				: activities.create(pages.actor(cast.office), representative.id(), details);
		return activities.verify(pages.actor(cast.office), record.id(), null);
	}

	@Test
	void myPointsShowTheTotalRanksItemsAndWhyEachEntryChanged() throws Exception {
		int year = 2021;
		ActivityRecord first = verified(cast.rep, 9, LocalDate.of(year, 2, 1));
		verified(cast.rep, 9, LocalDate.of(year, 3, 1));
		verified(cast.rep, 9, LocalDate.of(year, 4, 1));
		ActivityRecord capped = verified(cast.rep, 9, LocalDate.of(year, 5, 1));
		verified(cast.rep, 1, LocalDate.of(year, 6, 1));
		verified(cast.neighbour, 14, LocalDate.of(year, 6, 1));
		activities.revoke(pages.actor(cast.group), first.id(), "重复登记");

		String html = pages.page("/points?year=" + year, cast.repUser);
		assertThat(html).contains("我的积分", "id=\"points-total\">14<", "2021年度累计积分")
			.contains("id=\"rank-workstation\">2<")
			.contains("9. ", "1. ")
			.contains("超过本周期上限,不计分", "已撤销:重复登记", "上限内名额空出,恢复计分")
			.contains("data-activity=\"" + capped.id() + "\"", "/activities/" + capped.id(), cast.office);
		assertThat(html).contains("议党议政", "服务联系群众");
	}

	@Test
	void aRepresentativeCannotOpenAnotherRepresentativesPoints() throws Exception {
		mvc.perform(get("/points/representatives/" + cast.other.id()).with(pages.signedIn(cast.repUser)))
			.andExpect(status().isForbidden());
		assertThat(pages.page("/points/representatives/" + cast.rep.id(), cast.staff)).contains(cast.rep.name() + "的积分");
	}

	@Test
	void theHomePageSummaryShowsThisCyclesAndThisQuartersPointsAndReturnedRecords() throws Exception {
		LocalDate today = activities.today(cast.fixtures.district);
		verified(cast.rep, 14, today);
		ActivityRecord returned = activities.create(pages.actor(cast.office), cast.rep.id(),
				new ActivityDetails(1, today, Fixtures.unique("待补充"), null, null, null, null));
		activities.returnForInformation(pages.actor(cast.office), returned.id(), "请补充照片");

		assertThat(pages.page("/", cast.repUser)).contains("hx-get=\"/points/summary\"");
		String summary = pages.page("/points/summary", cast.repUser);
		assertThat(summary).contains("id=\"summary-total\">20<", "id=\"summary-quarter\">20<", "id=\"summary-returned\"",
				">1<").doesNotContain("<html");
		// a record of an earlier quarter of the year counts in the cycle's points, not in this quarter's
		int quarter = (today.getMonthValue() - 1) / 3 + 1;
		if (quarter > 1) {
			verified(cast.rep, 12, LocalDate.of(today.getYear(), (quarter - 1) * 3, 1));
			assertThat(pages.page("/points/summary", cast.repUser)).contains("id=\"summary-total\">25<",
					"id=\"summary-quarter\">20<");
		}
		assertThat(pages.page("/", cast.staff)).doesNotContain("/points/summary");
	}

	@Test
	void standingsAreGroupedByWorkstationAndStaffSeeOnlyTheirOwn() throws Exception {
		int year = 2022;
		verified(cast.rep, 14, LocalDate.of(year, 3, 1));
		verified(cast.other, 6, LocalDate.of(year, 3, 1));

		String district = pages.page("/standings?year=" + year, cast.office);
		assertThat(district).contains(cast.community.name(), cast.otherCommunity.name(), cast.rep.name(), cast.other.name(),
				"/api/v1/standings/export.xlsx?year=" + year);
		assertThat(district.indexOf(cast.community.name())).isLessThan(district.indexOf(cast.otherCommunity.name()));

		String own = pages.page("/standings?year=" + year, cast.staff);
		assertThat(own).contains(cast.rep.name(), cast.neighbour.name()).doesNotContain(cast.other.name());
		mvc.perform(get("/standings?workstationId=" + cast.otherCommunity.id()).with(pages.signedIn(cast.staff)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/standings").with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
	}

	@Test
	void theEvaluationGroupBooksAnAdjustmentWithAReason() throws Exception {
		int year = 2023;
		String html = mvc.perform(post("/adjustments").param("representativeId", cast.rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "5")
			.with(csrf())
			.with(pages.signedIn(cast.group))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("invalid-feedback\">必填");

		mvc.perform(post("/adjustments").param("representativeId", cast.rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "-3")
			.param("reason", "年终评议扣分")
			.with(csrf())
			.with(pages.signedIn(cast.group))).andExpect(redirectedUrl("/points/representatives/" + cast.rep.id() + "?year=" + year));
		assertThat(pages.page("/points?year=" + year, cast.repUser)).contains("id=\"points-total\">-3<", "调整", "年终评议扣分");

		mvc.perform(post("/adjustments").param("representativeId", cast.rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "3")
			.param("reason", "无令牌")
			.with(pages.signedIn(cast.group))).andExpect(status().isForbidden());
		mvc.perform(get("/adjustments").with(pages.signedIn(cast.office))).andExpect(status().isForbidden());
	}
}
