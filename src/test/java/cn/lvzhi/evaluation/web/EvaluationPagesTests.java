package cn.lvzhi.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestClock;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.shared.Role;

/** The evaluation pages, signed in as real users, and the public feedback pages without login. */
@OnH2
class EvaluationPagesTests {

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	private static final AtomicInteger addresses = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	@Autowired
	Reviews reviews;

	@Autowired
	ComplaintQueries complaints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Publications publications;

	@Autowired
	TestClock clock;

	Fixtures.Cast cast;

	@BeforeEach
	void setUp() {
		cast = pages.cast();
	}

	static RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}

	static String address() {
		return "10.88." + addresses.incrementAndGet() + "." + (System.nanoTime() % 250);
	}

	ActivityRecord rejected(String title) {
		ActivityRecord record = activities.create(pages.actor(cast.office), cast.rep.id(),
				new ActivityDetails(1, DAY, title, null, null, null, null));
		return activities.reject(pages.actor(cast.office), record.id(), "材料不全");
	}

	@Test
	void aRejectedRecordOffersItsRepresentativeAReviewAndTheRequestShowsInMyReviews() throws Exception {
		ActivityRecord record = rejected(Fixtures.unique("值班"));
		assertThat(pages.page("/activities/" + record.id(), cast.repUser)).contains("id=\"review-request-link\"",
				"/reviews/new?activityId=" + record.id()).doesNotContain("id=\"evidence-form\"");
		assertThat(pages.page("/activities/" + record.id(), cast.office)).doesNotContain("review-request-link");

		assertThat(pages.page("/reviews/new?activityId=" + record.id(), cast.repUser)).contains("材料不全", "id=\"review-form\"");
		String html = mvc.perform(post("/reviews/new").param("activityId", "" + record.id()).param("reason", " ")
			.with(csrf()).with(pages.signedIn(cast.repUser))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("is-invalid", "必填");
		mvc.perform(post("/reviews/new").param("activityId", "" + record.id()).param("reason", "有签到表")
			.with(csrf()).with(pages.signedIn(cast.repUser)))
			.andExpect(redirectedUrl("/reviews/mine"))
			.andExpect(flash().attribute("notice", "evaluation.notice.requested"));
		assertThat(pages.page("/reviews/mine", cast.repUser)).contains(record.title(), "有签到表", "待处理");
		// their home counts it as waiting for an answer
		assertThat(pages.page("/", cast.repUser)).contains("hx-get=\"/reviews/summary\"");
		assertThat(pages.page("/reviews/summary", cast.repUser)).contains("id=\"summary-reviews-open\">1<",
				"id=\"summary-reviews-answered\">0<");
		// while the review is open the representative may add new evidence on the record's page
		assertThat(pages.page("/activities/" + record.id(), cast.repUser)).contains("id=\"evidence-form\"");
		// asked already: the form says so instead of offering a second request
		assertThat(pages.page("/reviews/new?activityId=" + record.id(), cast.repUser)).contains("review-not-possible")
			.doesNotContain("id=\"review-form\"");
	}

	@Test
	void aRepresentativeCannotOpenTheReviewFormOfAnothersRecord() throws Exception {
		ActivityRecord foreign = activities.reject(pages.actor(cast.office), activities.create(pages.actor(cast.office), cast.other.id(),
				new ActivityDetails(1, DAY, "别人的", null, null, null, null)).id(), "不符合");
		mvc.perform(get("/reviews/new?activityId=" + foreign.id()).with(pages.signedIn(cast.repUser)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluation").with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
	}

	@Test
	void theInboxListsOpenItemsOldestFirstAndFlagsThoseOverFifteenWorkingDays() throws Exception {
		ReviewRequest old = reviews.request(pages.actor(cast.repUser), rejected(Fixtures.unique("旧")).id(), "很久以前");
		ReviewRequest fresh = reviews.request(pages.actor(cast.repUser), rejected(Fixtures.unique("新")).id(), "刚刚");
		// the old one came in four weeks ago: 20 working days
		jdbc.sql("update review_request set requested_at = ? where id = ?")
			.params(OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofDays(28)), ZoneOffset.UTC), old.id())
			.update();
		String html = pages.page("/evaluation", cast.group);
		int oldAt = html.indexOf("data-id=\"" + old.id() + "\"");
		int freshAt = html.indexOf("data-id=\"" + fresh.id() + "\"");
		assertThat(oldAt).isPositive().isLessThan(freshAt);
		String oldRow = html.substring(oldAt, html.indexOf("</tr>", oldAt));
		String freshRow = html.substring(freshAt, html.indexOf("</tr>", freshAt));
		assertThat(oldRow).contains("超期", "<span class=\"lz-age\">20</span>", cast.rep.name());
		assertThat(freshRow).doesNotContain("超期").contains("<span class=\"lz-age\">0</span>");
	}

	@Test
	void theInboxOffersADraftListForApprovalUntilItIsPublished() throws Exception {
		var district = pages.fixturesInNewDistrict();
		district.representativeSince(district.community(), null, Fixtures.Cast.STARTED);
		String districtOffice = district.user(Role.OFFICE);
		String districtGroup = district.user(Role.EVALUATION_GROUP);
		Publication draft = publications.draft(pages.actor(districtOffice), DAY.getYear(), 1);
		assertThat(pages.page("/evaluation", districtGroup)).contains("data-publication=\"" + draft.id() + "\"",
				"/publications/" + draft.id(), DAY.getYear() + " 年第 1 季度");
		// another district's drafts are not this group's business
		assertThat(pages.page("/evaluation", cast.group)).doesNotContain("data-publication=\"" + draft.id() + "\"");
		publications.approve(pages.actor(districtGroup), draft.id());
		assertThat(pages.page("/evaluation", districtGroup)).doesNotContain("inbox-drafts");
	}

	@Test
	void theGroupDecidesOnTheCasePageAndAnIncompleteDecisionIsShownNextToTheFields() throws Exception {
		ActivityRecord record = rejected(Fixtures.unique("复核"));
		ReviewRequest review = reviews.request(pages.actor(cast.repUser), record.id(), "请复核");
		assertThat(pages.page("/evaluation/reviews/" + review.id(), cast.group)).contains("请复核", record.title(), "decision-form");

		String html = mvc.perform(post("/evaluation/reviews/" + review.id() + "/decide").param("outcome", "AMENDED")
			.param("reason", "理由").with(csrf()).with(pages.signedIn(cast.group)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("予以更正时须选择更正方式");
		// a correction the record refuses (a rejected record cannot be revoked): a message, still open
		mvc.perform(post("/evaluation/reviews/" + review.id() + "/decide").param("outcome", "AMENDED")
			.param("amendmentType", "REVOKE").param("reason", "撤销").with(csrf()).with(pages.signedIn(cast.group)))
			.andExpect(redirectedUrl("/evaluation/reviews/" + review.id()))
			.andExpect(flash().attributeExists("error"));
		mvc.perform(post("/evaluation/reviews/" + review.id() + "/decide").param("outcome", "AMENDED")
			.param("amendmentType", "VERIFY").param("reason", "材料齐全,予以认定").with(csrf()).with(pages.signedIn(cast.group)))
			.andExpect(redirectedUrl("/evaluation/reviews/" + review.id()))
			.andExpect(flash().attribute("notice", "evaluation.notice.decided"));
		assertThat(pages.page("/evaluation/reviews/" + review.id(), cast.group)).contains("已答复", "认定记录并计分",
				"材料齐全,予以认定").doesNotContain("decision-form");
		assertThat(pages.page("/reviews/mine", cast.repUser)).contains("予以更正", "材料齐全,予以认定", "5 分");
		assertThat(pages.page("/reviews/summary", cast.repUser)).contains("id=\"summary-reviews-open\">0<",
				"id=\"summary-reviews-answered\">1<");
	}

	@Test
	void thePublicFormTakesAComplaintWithoutLoginAndGivesAReceiptCode() throws Exception {
		String html = mvc.perform(get("/public/feedback").param("q", cast.rep.name())).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains(cast.rep.name(), "name=\"_csrf\"").doesNotContain(cast.rep.phone(), "某单位", "某选举单位");
		String options = mvc.perform(get("/public/feedback/representatives").param("q", cast.rep.name()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(options).contains("<option value=\"" + cast.rep.id() + "\"", cast.rep.name(), "不指定代表")
			.doesNotContain("<html", cast.rep.phone(), "某单位");

		var result = mvc.perform(post("/public/feedback").with(csrf()).with(from(address()))
			.param("representativeId", "" + cast.rep.id()).param("contact", "13812345678").param("content", "值班时不在岗"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/public/feedback/submitted"))
			.andReturn();
		String code = (String) result.getFlashMap().get("receipt");
		assertThat(code).matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}");
		String receipt = mvc.perform(get("/public/feedback/" + code)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(receipt).contains("待处理", "138****5678", cast.rep.name()).doesNotContain("13812345678", cast.rep.phone());
		mvc.perform(get("/public/feedback/ZZZZ-ZZZZ-ZZZZ-ZZZZ")).andExpect(status().isNotFound());

		// without the CSRF token the form is refused
		mvc.perform(post("/public/feedback").with(from(address())).param("content", "没有令牌"))
			.andExpect(status().isForbidden());

		// the group sees the contact in full on the case page
		long id = complaints.byReceipt(code).orElseThrow().id();
		assertThat(pages.page("/evaluation/complaints/" + id, cast.group)).contains("13812345678", "值班时不在岗");
	}

	@Test
	void thePublicFormShowsErrorsInChineseAndRefusesTheSixthSubmissionOfTheHour() throws Exception {
		String address = address();
		String html = mvc.perform(post("/public/feedback").with(csrf()).with(from(address)).param("content", ""))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("is-invalid", "必填");
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/public/feedback").with(csrf()).with(from(address)).param("content", "意见 " + i))
				.andExpect(status().is3xxRedirection());
		}
		html = mvc.perform(post("/public/feedback").with(csrf()).with(from(address)).param("content", "第六条"))
			.andExpect(status().isTooManyRequests()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("每小时最多提交 5 次", "第六条");
	}
}
