package cn.lvzhi.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityMother;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivitySearch;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.activities.evidence.EvidenceFiles;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterMother;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.StandardVersion;
import cn.lvzhi.standard.Standards;

/**
 * A record hard to judge, as the pages show it to each role: the office's form to refer a
 * recorded one to the evaluation group with a reason, the group's verify, reject and return forms
 * on a referred one (and nothing for the office then), the referral's reason and its label, and
 * the verification list that counts the referred records as waiting for the group.
 */
@WebSlice
class ReferralPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final long ID = 41;

	static final Workstation COMMUNITY = RosterMother.community(3, DISTRICT, "海山社区党代表工作室");

	static final Actor OFFICE = Actor.office();

	static final Actor GROUP = Actor.of("group", DISTRICT, Role.EVALUATION_GROUP);

	static final Actor STAFF = Actor.staff("staff", DISTRICT, COMMUNITY.id());

	@Autowired
	MockMvc mvc;

	@Autowired
	Activities activities;

	@Autowired
	ActivitySearch search;

	@Autowired
	Representatives representatives;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	Standards standards;

	@BeforeEach
	void aRepresentativeOfTheWorkstation() {
		given(representatives.getFor(any(), eq(7L)))
			.willReturn(RosterMother.representative(7, "李梅", "13800138000", COMMUNITY));
		given(evidence.list(any(), anyLong(), any())).willReturn(new PageResult<>(List.of(), 0, 100, 0));
		given(activities.today(DISTRICT)).willReturn(LocalDate.of(2021, 3, 20));
		given(standards.inForce(eq(DISTRICT), any())).willReturn(new StandardVersion(1L, DISTRICT, 1, "标准",
				LocalDate.of(2013, 9, 23), List.of(), "office", Instant.parse("2013-09-01T00:00:00Z")));
	}

	ActivityRecord shown(ActivityStatus status) {
		ActivityRecord record = ActivityMother.in(ID, DISTRICT, 7, 6, LocalDate.of(2021, 3, 15), "社区视察", status);
		given(activities.view(any(), eq(ID))).willReturn(new ActivityView(record, "李梅", 0, List.of()));
		return record;
	}

	String page(Actor who) throws Exception {
		return mvc.perform(get("/activities/" + ID).with(who.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theOfficeMayReferARecordedActivityWithAReasonBesideVerifyingRejectingOrReturningIt() throws Exception {
		shown(ActivityStatus.RECORDED);
		assertThat(page(OFFICE)).contains("id=\"refer-form\"", "action=\"/activities/41/refer\"", "提交考评小组复核",
				"id=\"refer-reason\"", "id=\"verify-submit\"", "id=\"reject-form\"", "id=\"return-form\"");
		assertThat(page(GROUP)).as("the group decides only referred records")
			.doesNotContain("id=\"refer-form\"", "id=\"review-form\"", "id=\"reject-form\"", "id=\"return-form\"",
					"id=\"verify-submit\"");
		assertThat(page(STAFF)).doesNotContain("id=\"refer-form\"");
	}

	@Test
	void aReferredRecordShowsItsReasonAndGivesTheGroupAloneItsDecisionWithAReason() throws Exception {
		shown(ActivityStatus.REFERRED);
		String office = page(OFFICE);
		assertThat(office).contains("待考评小组复核", "已提交考评小组复核,理由:" + ActivityMother.REFERRAL_REASON)
			.doesNotContain("id=\"refer-form\"", "id=\"review-form\"", "id=\"reject-form\"", "id=\"return-form\"",
					"id=\"verify-submit\"");
		String group = page(GROUP);
		assertThat(group).contains("id=\"review-form\"", "action=\"/activities/41/verify-after-review\"", "复核后核实计分",
				"id=\"reject-form\"", "action=\"/activities/41/reject\"", "id=\"return-form\"",
				"action=\"/activities/41/return\"")
			.doesNotContain("id=\"refer-form\"", "id=\"verify-submit\"");
		assertThat(group).as("the history names the referral, who made it and why")
			.contains(ActivityMother.OFFICE, "理由:" + ActivityMother.REFERRAL_REASON);
		var both = new Actor("both", DISTRICT, EnumSet.of(Role.OFFICE, Role.EVALUATION_GROUP), null, null);
		assertThat(page(both)).contains("id=\"review-form\"", "id=\"reject-form\"", "id=\"return-form\"");
	}

	@Test
	void referringWithoutAReasonShowsTheErrorBesideTheFieldAndRefersNothing() throws Exception {
		shown(ActivityStatus.RECORDED);
		String html = mvc.perform(post("/activities/" + ID + "/refer").param("reason", " ")
			.with(csrf())
			.with(OFFICE.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ActivityPagesTests.errorAfter(html, "id=\"refer-reason\"")).isEqualTo("必填");
		then(activities).should(never()).refer(any(), anyLong(), any());
	}

	@Test
	void theOfficeRefersWithAReasonAndOnlyTheOfficeDoes() throws Exception {
		mvc.perform(post("/activities/" + ID + "/refer").param("reason", "难以评定")
			.with(csrf())
			.with(OFFICE.signedIn()))
			.andExpect(redirectedUrl("/activities/41"))
			.andExpect(flash().attribute("notice", "activities.notice.referred"));
		then(activities).should().refer(argThat(u -> u.username().equals("office")), eq(ID), eq("难以评定"));
		mvc.perform(post("/activities/" + ID + "/refer").param("reason", "难以评定")
			.with(csrf())
			.with(GROUP.signedIn())).andExpect(status().isForbidden());
		then(activities).should(never()).refer(argThat(u -> u.username().equals("group")), anyLong(), anyString());
	}

	@Test
	void theVerificationListCountsTheReferredRecordsAsWaitingForTheGroup() throws Exception {
		ActivityRecord referred = shown(ActivityStatus.REFERRED);
		var one = new PageResult<>(List.of(new ActivityView(referred, "李梅", 0, List.of())), 0, 20, 3);
		given(search.search(any(), argThat(q -> q != null && q.status() == ActivityStatus.REFERRED), any()))
			.willReturn(one);
		given(search.search(any(), argThat(q -> q != null && q.status() == ActivityStatus.RECORDED), any()))
			.willReturn(new PageResult<>(List.of(), 0, 20, 0));
		String queue = mvc.perform(get("/activities/verification").with(OFFICE.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).contains("id=\"referred-waiting\"", "有 3 条记录已提交考评小组复核,等待考评小组办理",
				"href=\"/activities/verification?status=REFERRED\"");
		String referredList = mvc.perform(get("/activities/verification?status=REFERRED").with(OFFICE.signedIn()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(referredList).contains("id=\"referred-hint\"", "待考评小组复核", "社区视察")
			.as("nothing to verify in a batch: the group decides them one by one")
			.doesNotContain("id=\"batch-submit\"", "name=\"ids\"", "id=\"referred-waiting\"");
	}
}
