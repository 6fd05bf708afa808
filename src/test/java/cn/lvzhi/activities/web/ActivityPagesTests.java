package cn.lvzhi.activities.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestClock;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.roster.Representative;

/** The activity pages, signed in as real users of each role. */
@OnH2
class ActivityPagesTests {

	static final LocalDate DAY = LocalDate.of(2021, 3, 15);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	Pages pages;

	@Autowired
	Activities activities;

	Fixtures.Cast cast;

	@BeforeEach
	void setUp() {
		cast = pages.cast();
	}

	ActivityRecord reported(Representative representative, String username, int item, String title) {
		return activities.create(pages.actor(username), representative.id(),
				new ActivityDetails(item, DAY, title, null, null, null, null));
	}

	ActivityRecord recorded(Representative representative, int item, String title) {
		return activities.create(pages.actor(cast.office), representative.id(),
				new ActivityDetails(item, DAY, title, null, null, null, null));
	}

	static byte[] png() throws IOException {
		var image = new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var out = new ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void theReportFormOfStaffOffersOnlyTheRepresentativesOfTheirWorkstation() throws Exception {
		assertThat(pages.page("/activities/new", cast.staff)).contains("id=\"representativeId\"", cast.rep.name())
			.doesNotContain(cast.other.name());
	}

	@Test
	void aFutureDayIsRefusedByTheServiceAndShownNextToTheDay() throws Exception {
		String html = mvc.perform(multipart("/activities/new").param("itemCode", "1")
			.param("occurredOn", LocalDate.now(clock).plusDays(3).toString())
			.param("title", "未来的活动")
			.with(csrf())
			.with(pages.signedIn(cast.repUser)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(errorAfter(html, "id=\"occurredOn\"")).isEqualTo("活动日期不能晚于今天");
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() throws Exception {
		mvc.perform(multipart("/activities/new").param("itemCode", "1")
			.param("occurredOn", DAY.toString())
			.param("title", "没有令牌")
			.with(pages.signedIn(cast.repUser))).andExpect(status().isForbidden());
		ActivityRecord record = recorded(cast.rep, 1, Fixtures.unique("值班"));
		mvc.perform(post("/activities/" + record.id() + "/verify").with(pages.signedIn(cast.office)))
			.andExpect(status().isForbidden());
		assertThat(activities.getFor(pages.actor(cast.office), record.id()).status()).isEqualTo(ActivityStatus.RECORDED);
	}

	@Test
	void aRepresentativeReportsWithAPhotoAndSeesItSubmittedWithItsEvidence() throws Exception {
		String title = Fixtures.unique("值班接访");
		var result = mvc.perform(multipart("/activities/new")
			.file(new MockMultipartFile("files", "现场照片.png", "image/png", png()))
			.param("itemCode", "1")
			.param("occurredOn", DAY.toString())
			.param("title", title)
			.param("hours", "4")
			.with(csrf())
			.with(pages.signedIn(cast.repUser)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/activities/*"))
			.andExpect(flash().attribute("notice", "activities.notice.reported"))
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		String html = pages.page(url, cast.repUser);
		assertThat(html).contains(title, "已报送", "现场照片.png", "/attachments/")
			.as("a representative has no decision to take on their own report")
			.doesNotContain("id=\"verify-submit\"", "id=\"record-submit\"", "id=\"reject-form\"");
	}

	@Test
	void aRepresentativeCannotOpenAnotherRepresentativesRecord() throws Exception {
		ActivityRecord theirs = reported(cast.other, cast.otherUser, 1, Fixtures.unique("别人的"));
		String html = mvc.perform(get("/activities/" + theirs.id()).with(pages.signedIn(cast.repUser)))
			.andExpect(status().isForbidden())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("这不是您可以查看或办理的履职记录").doesNotContain(theirs.title());
	}

	@Test
	void staffSeeOnlyTheirOwnWorkstationsReportsAndRecordManyAtOnce() throws Exception {
		ActivityRecord first = reported(cast.rep, cast.repUser, 1, Fixtures.unique("第一条"));
		ActivityRecord second = reported(cast.rep, cast.repUser, 4, Fixtures.unique("第二条"));
		ActivityRecord foreign = reported(cast.other, cast.otherUser, 1, Fixtures.unique("外站"));

		String queue = pages.page("/activities/queue", cast.staff);
		assertThat(queue).contains(first.title(), second.title(), "id=\"select-all\"", "id=\"batch-submit\"")
			.doesNotContain(foreign.title());
		mvc.perform(get("/activities/" + foreign.id()).with(pages.signedIn(cast.staff))).andExpect(status().isForbidden());

		mvc.perform(post("/activities/queue/record").param("ids", first.id().toString(), second.id().toString(),
				foreign.id().toString()).with(csrf()).with(pages.signedIn(cast.staff)))
			.andExpect(redirectedUrl("/activities/queue"))
			.andExpect(flash().attribute("batchDone", 2));
		assertThat(activities.getFor(pages.actor(cast.office), first.id()).status()).isEqualTo(ActivityStatus.RECORDED);
		assertThat(activities.getFor(pages.actor(cast.office), second.id()).status()).isEqualTo(ActivityStatus.RECORDED);
		assertThat(activities.getFor(pages.actor(cast.office), foreign.id()).status()).isEqualTo(ActivityStatus.SUBMITTED);
	}

	@Test
	void theRecordPageShowsOnlyTheActionsTheUserMayTake() throws Exception {
		ActivityRecord reported = reported(cast.rep, cast.repUser, 1, Fixtures.unique("待登记"));
		assertThat(pages.page("/activities/" + reported.id(), cast.staff)).contains("id=\"record-submit\"")
			.doesNotContain("id=\"verify-submit\"");
		assertThat(pages.page("/activities/" + reported.id(), cast.office)).contains("id=\"reject-form\"")
			.doesNotContain("id=\"verify-submit\"", "id=\"record-submit\"");

		ActivityRecord recorded = recorded(cast.rep, 1, Fixtures.unique("待核实"));
		assertThat(pages.page("/activities/" + recorded.id(), cast.office)).contains("id=\"verify-submit\"",
				"id=\"return-form\"", "id=\"reject-form\"");
		assertThat(pages.page("/activities/" + recorded.id(), cast.group)).doesNotContain("id=\"verify-submit\"",
				"id=\"revoke-form\"");
	}

	@Test
	void theOfficeVerifiesAndASecondVerificationIsAMessageNotAnError() throws Exception {
		ActivityRecord record = recorded(cast.rep, 14, Fixtures.unique("抢险"));
		mvc.perform(post("/activities/" + record.id() + "/verify").with(csrf()).with(pages.signedIn(cast.office)))
			.andExpect(redirectedUrl("/activities/" + record.id()))
			.andExpect(flash().attribute("notice", "activities.notice.verified"));
		assertThat(pages.page("/activities/" + record.id(), cast.repUser)).contains("已核实", ">20<")
			.as("the history names the person who verified, not their login name")
			.contains(">测试" + cast.office + "<");

		mvc.perform(post("/activities/" + record.id() + "/verify").with(csrf()).with(pages.signedIn(cast.office)))
			.andExpect(redirectedUrl("/activities/" + record.id()))
			.andExpect(flash().attribute("error", "该履职记录当前状态(VERIFIED)不允许此操作"));
	}

	@Test
	void aRejectionWithoutAReasonShowsTheErrorNextToTheReason() throws Exception {
		ActivityRecord record = recorded(cast.rep, 1, Fixtures.unique("缺理由"));
		String html = mvc.perform(post("/activities/" + record.id() + "/reject").param("reason", " ")
			.with(csrf())
			.with(pages.signedIn(cast.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(errorAfter(html, "id=\"reject-reason\"")).isEqualTo("必填");
		assertThat(activities.getFor(pages.actor(cast.office), record.id()).status()).isEqualTo(ActivityStatus.RECORDED);
	}

	@Test
	void aReturnedRecordShowsItsReasonAndTheAmendFormToItsRepresentative() throws Exception {
		ActivityRecord record = recorded(cast.rep, 1, Fixtures.unique("待补充"));
		mvc.perform(post("/activities/" + record.id() + "/return").param("reason", "请补充现场照片")
			.with(csrf())
			.with(pages.signedIn(cast.office))).andExpect(flash().attribute("notice", "activities.notice.returned"));
		String html = pages.page("/activities/" + record.id(), cast.repUser);
		assertThat(html).contains("已退回", "退回原因:请补充现场照片", "id=\"amend-form\"", "id=\"evidence-form\"");

		mvc.perform(post("/activities/" + record.id() + "/amend").param("itemCode", "1")
			.param("occurredOn", DAY.toString())
			.param("title", record.title() + "(已补充)")
			.with(csrf())
			.with(pages.signedIn(cast.repUser))).andExpect(flash().attribute("notice", "activities.notice.amended"));
		assertThat(activities.getFor(pages.actor(cast.office), record.id()).status()).isEqualTo(ActivityStatus.SUBMITTED);
	}

	@Test
	void theEvaluationGroupRevokesAVerifiedRecordWithAReason() throws Exception {
		ActivityRecord record = recorded(cast.rep, 1, Fixtures.unique("将撤销"));
		activities.verify(pages.actor(cast.office), record.id(), null);
		assertThat(pages.page("/activities/" + record.id(), cast.group)).contains("id=\"revoke-form\"");
		mvc.perform(post("/activities/" + record.id() + "/revoke").param("reason", "经核查未实际参加")
			.with(csrf())
			.with(pages.signedIn(cast.group))).andExpect(flash().attribute("notice", "activities.notice.revoked"));
		assertThat(pages.page("/activities/" + record.id(), cast.repUser)).contains("已撤销", "撤销理由:经核查未实际参加");
	}

	@Test
	void theVerificationQueueFiltersByWorkstationAndFlagsLikelyDuplicates() throws Exception {
		String title = Fixtures.unique("重复");
		recorded(cast.rep, 5, title);
		recorded(cast.rep, 5, title);
		ActivityRecord foreign = recorded(cast.other, 5, Fixtures.unique("另一站"));
		String html = pages.page("/activities/verification?workstationId=" + cast.community.id(), cast.office);
		assertThat(html).contains(title, "疑似重复", "id=\"batch-submit\"").doesNotContain(foreign.title());
		String fragment = mvc.perform(get("/activities/verification?workstationId=" + cast.community.id())
			.header("HX-Request", "true")
			.with(pages.signedIn(cast.office))).andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains(title).doesNotContain("<html");
	}

	@Test
	void theOfficeVerifiesManyAtOnce() throws Exception {
		ActivityRecord a = recorded(cast.rep, 12, Fixtures.unique("志愿一"));
		ActivityRecord b = recorded(cast.other, 12, Fixtures.unique("志愿二"));
		mvc.perform(post("/activities/verification/verify").param("ids", a.id().toString(), b.id().toString())
			.with(csrf())
			.with(pages.signedIn(cast.office))).andExpect(flash().attribute("batchDone", 2));
		assertThat(activities.view(pages.actor(cast.office), a.id()).points()).isEqualTo(5);
	}

	@Test
	void aCollectiveActivityMakesOneRecordPerParticipant() throws Exception {
		Representative second = cast.fixtures.representativeSince(cast.community, null, Fixtures.Cast.STARTED);
		String title = Fixtures.unique("集中视察");
		assertThat(pages.page("/activities/collective", cast.staff)).contains(cast.rep.name(), second.name())
			.doesNotContain(cast.other.name());
		mvc.perform(post("/activities/collective").param("itemCode", "6")
			.param("occurredOn", DAY.toString())
			.param("title", title)
			.param("participantIds", cast.rep.id().toString(), second.id().toString())
			.with(csrf())
			.with(pages.signedIn(cast.staff))).andExpect(flash().attribute("collectiveCreated", 2));
		String html = mvc.perform(post("/activities/collective").param("itemCode", "6")
			.param("occurredOn", DAY.toString())
			.param("title", title)
			.with(csrf())
			.with(pages.signedIn(cast.staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("invalid-feedback d-block\">必填");
	}

	/** The Chinese error shown after a control (its .invalid-feedback before the next group). */
	static String errorAfter(String html, String marker) {
		int at = html.indexOf(marker);
		assertThat(at).as("control " + marker).isGreaterThanOrEqualTo(0);
		String rest = html.substring(at);
		int next = rest.indexOf("class=\"mb-", 1);
		String control = next < 0 ? rest : rest.substring(0, next);
		var m = java.util.regex.Pattern.compile("class=\"invalid-feedback[^\"]*\"[^>]*>(.*?)</div>", java.util.regex.Pattern.DOTALL)
			.matcher(control);
		return m.find() ? m.group(1).strip() : "";
	}
}
