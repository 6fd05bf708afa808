package cn.lvzhi.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestClock;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.Role;

/**
 * A referral across the modules, signed in as real users: the office refers records on their
 * pages, the evaluation group finds them in its inbox, oldest referral first, with who referred
 * them and why, and decides one on its page; the decided one leaves the inbox.
 */
@OnH2
class ReferralPagesTests {

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	@Autowired
	TestClock clock;

	@Test
	void theOfficeRefersOnTheRecordPageAndTheGroupFindsItInItsInboxAndVerifiesIt() throws Exception {
		// a district of its own: the inbox lists every referred record of the district
		Fixtures district = pages.fixturesInNewDistrict();
		Representative rep = district.representativeSince(district.community(), null, Fixtures.Cast.STARTED);
		String office = district.user(Role.OFFICE);
		String group = district.user(Role.EVALUATION_GROUP);
		ActivityRecord later = entered(office, rep, "社区视察");
		ActivityRecord earlier = entered(office, rep, "企业调研");
		pages.submit(post("/activities/" + earlier.id() + "/refer").param("reason", "难以评定是否属于调研"), office)
			.andExpect(redirectedUrl("/activities/" + earlier.id()))
			.andExpect(flash().attribute("notice", "activities.notice.referred"));
		clock.advance(Duration.ofMinutes(5));
		pages.submit(post("/activities/" + later.id() + "/refer").param("reason", "难以评定是否属于视察"), office)
			.andExpect(redirectedUrl("/activities/" + later.id()));

		String inbox = pages.page("/evaluation", group);
		int earlierAt = inbox.indexOf("data-activity=\"" + earlier.id() + "\"");
		int laterAt = inbox.indexOf("data-activity=\"" + later.id() + "\"");
		assertThat(earlierAt).as("oldest referral first").isPositive().isLessThan(laterAt);
		assertThat(inbox.substring(laterAt)).contains(rep.name(), "第 6 项 · 社区视察", office + " 于 ",
				"理由:难以评定是否属于视察", "/activities/" + later.id());

		assertThat(pages.page("/activities/" + later.id(), group)).contains("id=\"review-form\"", "待考评小组复核");
		pages.submit(post("/activities/" + later.id() + "/verify-after-review").param("reason", "经复核属于集中视察"),
				group)
			.andExpect(redirectedUrl("/activities/" + later.id()))
			.andExpect(flash().attribute("notice", "activities.notice.verified"));
		var verified = activities.view(pages.actor(group), later.id());
		assertThat(verified.record().status()).isEqualTo(ActivityStatus.VERIFIED);
		assertThat(verified.points()).isEqualTo(10);
		assertThat(pages.page("/evaluation", group)).doesNotContain("data-activity=\"" + later.id() + "\"")
			.contains("data-activity=\"" + earlier.id() + "\"");
	}

	ActivityRecord entered(String office, Representative rep, String title) {
		return activities.create(pages.actor(office), rep.id(),
				new ActivityDetails(6, DAY, title, null, null, null, null));
	}
}
