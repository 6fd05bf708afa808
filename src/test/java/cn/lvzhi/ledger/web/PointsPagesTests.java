package cn.lvzhi.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/** The points, standings and adjustments pages, signed in as real users. */
@OnH2
class PointsPagesTests {

	static final LocalDate STARTED = LocalDate.of(2015, 1, 1);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	Fixtures fixtures;

	Workstation community;

	Workstation otherCommunity;

	Representative rep;

	Representative neighbour;

	Representative other;

	String repUser;

	String staff;

	String office;

	String group;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(context);
		community = fixtures.community();
		otherCommunity = fixtures.community();
		rep = fixtures.representativeSince(community, null, STARTED);
		neighbour = fixtures.representativeSince(community, null, STARTED);
		other = fixtures.representativeSince(otherCommunity, null, STARTED);
		repUser = fixtures.userOf(rep);
		staff = fixtures.staffOf(community);
		office = fixtures.user(Role.OFFICE);
		group = fixtures.user(Role.EVALUATION_GROUP);
	}

	ActivityRecord verified(Representative representative, int item, LocalDate day) {
		ActivityRecord record = activities.create(pages.actor(office), representative.id(),
				new ActivityDetails(item, day, Fixtures.unique("活动"), null, null, null, null));
		return activities.verify(pages.actor(office), record.id(), null);
	}

	@Test
	void myPointsShowTheTotalRanksItemsAndWhyEachEntryChanged() throws Exception {
		int year = 2021;
		ActivityRecord first = verified(rep, 9, LocalDate.of(year, 2, 1));
		verified(rep, 9, LocalDate.of(year, 3, 1));
		verified(rep, 9, LocalDate.of(year, 4, 1));
		ActivityRecord capped = verified(rep, 9, LocalDate.of(year, 5, 1));
		verified(rep, 1, LocalDate.of(year, 6, 1));
		verified(neighbour, 14, LocalDate.of(year, 6, 1));
		activities.revoke(pages.actor(group), first.id(), "重复登记");

		String html = pages.page("/points?year=" + year, repUser);
		assertThat(html).contains("我的积分", "id=\"points-total\">14<", "2021年度累计积分")
			.contains("id=\"rank-workstation\">2<")
			.contains("9. ", "1. ")
			.contains("超过本周期上限,不计分", "已撤销:重复登记", "上限内名额空出,恢复计分")
			.contains("data-activity=\"" + capped.id() + "\"", "/activities/" + capped.id(), office);
		assertThat(html).contains("议党议政", "服务联系群众");
	}

	@Test
	void aRepresentativeCannotOpenAnotherRepresentativesPoints() throws Exception {
		mvc.perform(get("/points/representatives/" + other.id()).with(pages.signedIn(repUser)))
			.andExpect(status().isForbidden());
		assertThat(pages.page("/points/representatives/" + rep.id(), staff)).contains(rep.name() + "的积分");
	}

	@Test
	void theHomePageSummaryShowsThisCyclesAndThisQuartersPointsAndReturnedRecords() throws Exception {
		LocalDate today = activities.today(fixtures.district);
		verified(rep, 14, today);
		ActivityRecord returned = activities.create(pages.actor(office), rep.id(),
				new ActivityDetails(1, today, Fixtures.unique("待补充"), null, null, null, null));
		activities.returnForInformation(pages.actor(office), returned.id(), "请补充照片");

		assertThat(pages.page("/", repUser)).contains("hx-get=\"/points/summary\"");
		String summary = pages.page("/points/summary", repUser);
		assertThat(summary).contains("id=\"summary-total\">20<", "id=\"summary-quarter\">20<", "id=\"summary-returned\"",
				">1<").doesNotContain("<html");
		// a record of an earlier quarter of the year counts in the cycle's points, not in this quarter's
		int quarter = (today.getMonthValue() - 1) / 3 + 1;
		if (quarter > 1) {
			verified(rep, 12, LocalDate.of(today.getYear(), (quarter - 1) * 3, 1));
			assertThat(pages.page("/points/summary", repUser)).contains("id=\"summary-total\">25<",
					"id=\"summary-quarter\">20<");
		}
		assertThat(pages.page("/", staff)).doesNotContain("/points/summary");
	}

	@Test
	void standingsAreGroupedByWorkstationAndStaffSeeOnlyTheirOwn() throws Exception {
		int year = 2022;
		verified(rep, 14, LocalDate.of(year, 3, 1));
		verified(other, 6, LocalDate.of(year, 3, 1));

		String district = pages.page("/standings?year=" + year, office);
		assertThat(district).contains(community.name(), otherCommunity.name(), rep.name(), other.name(),
				"/api/v1/standings/export.xlsx?year=" + year);
		assertThat(district.indexOf(community.name())).isLessThan(district.indexOf(otherCommunity.name()));

		String own = pages.page("/standings?year=" + year, staff);
		assertThat(own).contains(rep.name(), neighbour.name()).doesNotContain(other.name());
		mvc.perform(get("/standings?workstationId=" + otherCommunity.id()).with(pages.signedIn(staff)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/standings").with(pages.signedIn(repUser))).andExpect(status().isForbidden());
	}

	@Test
	void theEvaluationGroupBooksAnAdjustmentWithAReason() throws Exception {
		int year = 2023;
		String html = mvc.perform(post("/adjustments").param("representativeId", rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "5")
			.with(csrf())
			.with(pages.signedIn(group))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("invalid-feedback\">必填");

		mvc.perform(post("/adjustments").param("representativeId", rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "-3")
			.param("reason", "年终评议扣分")
			.with(csrf())
			.with(pages.signedIn(group))).andExpect(redirectedUrl("/points/representatives/" + rep.id() + "?year=" + year));
		assertThat(pages.page("/points?year=" + year, repUser)).contains("id=\"points-total\">-3<", "调整", "年终评议扣分");

		mvc.perform(post("/adjustments").param("representativeId", rep.id().toString())
			.param("year", String.valueOf(year))
			.param("points", "3")
			.param("reason", "无令牌")
			.with(pages.signedIn(group))).andExpect(status().isForbidden());
		mvc.perform(get("/adjustments").with(pages.signedIn(office))).andExpect(status().isForbidden());
	}
}
