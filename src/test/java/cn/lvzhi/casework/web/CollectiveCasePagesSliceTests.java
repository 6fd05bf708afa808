package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.RecordViews;
import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.CollectiveCasePolicy.Standing;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.CollectiveCases;
import cn.lvzhi.casework.Inquiries;
import cn.lvzhi.casework.InquiryKind;
import cn.lvzhi.casework.Inspection;
import cn.lvzhi.casework.Inspections;
import cn.lvzhi.casework.Listed;
import cn.lvzhi.casework.WrittenOpinion;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.shared.Role;

/**
 * The pages of inspections, inquiries and written opinions as each role sees them: the forms in
 * Chinese with the representatives the user may enter, the services' field errors beside the
 * fields, a case's participants with status and points, the follow-up forms only for those who
 * may write them, and the list with its tabs.
 */
@WebSlice
class CollectiveCasePagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final LocalDate DAY = LocalDate.of(2026, 4, 20);

	static final Actor STAFF = Actor.staff("staff", DISTRICT, 9);

	static final Actor REPRESENTATIVE = Actor.representative("rep", DISTRICT, 7);

	static final Actor GROUP = Actor.of("group", DISTRICT, Role.EVALUATION_GROUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Inspections inspections;

	@Autowired
	Inquiries inquiries;

	@Autowired
	CollectiveCaseQueries queries;

	@Autowired
	Representatives representatives;

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static Representative representative(long id, String name) {
		var r = org.mockito.Mockito.mock(Representative.class);
		given(r.id()).willReturn(id);
		given(r.name()).willReturn(name);
		given(r.isActive()).willReturn(true);
		return r;
	}

	@Test
	void staffEnterAnInspectionWithTheirWorkstationsRepresentativesOnly() throws Exception {
		List<Representative> theirs = List.of(representative(7, "王海燕"), representative(8, "李明"));
		given(representatives.ofWorkstation(9)).willReturn(theirs);
		String page = html(get("/casework/inspections/new").with(STAFF.signedIn()));
		assertThat(page).contains("登记视察调研", "视察调研主题", "参加视察调研的代表", "王海燕", "李明", "name=\"_csrf\"",
				"登记并生成履职记录", "type=\"date\"");
		then(representatives).should(never()).all(any());
	}

	@Test
	void theServicesMistakesAreShownBesideTheirFieldsAndAParticipantAtTheForm() throws Exception {
		given(inspections.create(any(), any())).willThrow(Problem.Invalid.fields(List.of(
				new FieldViolation("title", "validation.required"),
				new FieldViolation("participantIds[0]", "activities.validation.not-serving", "王海燕", "2026-04-20"))));
		String page = html(post("/casework/inspections/new").param("occurredOn", "2026-04-20")
			.param("participantIds", "7")
			.with(csrf())
			.with(STAFF.signedIn()));
		assertThat(page).contains("is-invalid", "必填", "王海燕 在 2026-04-20 不是在任代表");
	}

	@Test
	void aDateThatIsNoDateIsAFieldErrorAndNothingIsEntered() throws Exception {
		String page = html(post("/casework/inquiries/new").param("occurredOn", "昨天")
			.param("kind", "INQUIRY")
			.with(csrf())
			.with(STAFF.signedIn()));
		assertThat(page).contains("日期格式应为 YYYY-MM-DD", "被询问(质询)部门", "询问", "质询");
		then(inquiries).should(never()).create(any(), any());
	}

	@Test
	void aParticipantSeesTheRecordsWithStatusAndPointsAndMayWriteTheReport() throws Exception {
		Inspection inspection = CollectiveCases.inspection(5, DAY, null, null);
		given(queries.inspection(any(), eq(5L))).willReturn(new CaseView<>(inspection, List.of(7L, 8L),
				List.of(RecordViews.of(50, 7, "王海燕", 6, DAY, ActivityStatus.VERIFIED, 10),
						RecordViews.of(51, 8, "李明", 6, DAY, ActivityStatus.RECORDED, 0)),
				new Standing(true, false)));
		String page = html(get("/casework/inspections/5").with(REPRESENTATIVE.signedIn()));
		assertThat(page).contains("集中视察老旧小区改造", "海山街道", "王海燕", "已核实", "10 分", "李明", "已登记", "0 分",
				"尚未提交视察调研报告", "id=\"text-form\"", "id=\"file-form\"", "href=\"/activities/50\"")
			.as("another participant's record is not the representative's to open")
			.doesNotContain("href=\"/activities/51\"");
	}

	@Test
	void theEvaluationGroupReadsTheReportAndItsFileButWritesNothing() throws Exception {
		Inspection inspection = CollectiveCases.inspection(6, DAY, CollectiveCases.text("建议加快管网改造。", "rep"),
				CollectiveCases.file("视察报告.pdf", "staff"));
		given(queries.inspection(any(), eq(6L))).willReturn(new CaseView<>(inspection, List.of(7L),
				List.of(RecordViews.of(52, 7, "王海燕", 6, DAY, ActivityStatus.RECORDED, 0)), new Standing(false, false)));
		String page = html(get("/casework/inspections/6").with(GROUP.signedIn()));
		assertThat(page).contains("建议加快管网改造。", "rep 填写于 2026-05-02 11:04", "视察报告.pdf",
				"href=\"/api/v1/inspections/6/report/file\"", "staff 上传于 2026-05-02 11:04")
			.doesNotContain("id=\"text-form\"", "id=\"file-form\"");
	}

	@Test
	void aReportRefusedByTheServiceComesBackAsAMessage() throws Exception {
		given(inspections.report(any(), anyLong(), any()))
			.willThrow(new Problem.Conflict("inspection.problem.reported"));
		mvc.perform(post("/casework/inspections/6/report").param("text", "再写一份").with(csrf()).with(STAFF.signedIn()))
			.andExpect(redirectedUrl("/casework/inspections/6"))
			.andExpect(flash().attribute("error", "该视察调研的报告已经填写,不能重复填写"));
	}

	@Test
	void anInquiryPageShowsTheDepartmentTheQuestionAndTheAnswer() throws Exception {
		var inquiry = CollectiveCases.inquiry(3, DAY, InquiryKind.QUESTIONING, CollectiveCases.text("六月底前发放。", "office"));
		given(queries.inquiry(any(), eq(3L))).willReturn(new CaseView<>(inquiry, List.of(7L), List.of(),
				new Standing(false, true)));
		String page = html(get("/casework/inquiries/3").with(STAFF.signedIn()));
		assertThat(page).contains("质询:区住房和建设局", "补贴何时发放?", "六月底前发放。", "部门答复")
			.doesNotContain("id=\"text-form\"", "id=\"file-form\"");
	}

	@Test
	void theListShowsOneKindAtATimeWithTheFormOnlyForThoseWhoEnter() throws Exception {
		WrittenOpinion opinion = CollectiveCases.opinion(4, DAY, null);
		given(queries.writtenOpinions(any(), eq(2026), any()))
			.willReturn(new PageResult<>(List.of(new Listed<>(opinion, List.of(7L, 8L))), 0, 20, 1));
		String forGroup = html(get("/casework/collective?kind=WRITTEN_OPINION&year=2026").with(GROUP.signedIn()));
		assertThat(forGroup).contains("视察调研", "询问质询", "书面意见", "关于改进考评的意见", "2 名代表参加", "待上传文件",
				"href=\"/casework/written-opinions/4\"")
			.doesNotContain("id=\"new-case\"");
		String forStaff = html(get("/casework/collective?kind=WRITTEN_OPINION&year=2026").with(STAFF.signedIn()));
		assertThat(forStaff).contains("id=\"new-case\"", "href=\"/casework/written-opinions/new\"");
	}

	@Test
	void auditorsAndAdministratorsHaveNoPageHere() throws Exception {
		for (Role role : List.of(Role.AUDITOR, Role.ADMIN)) {
			mvc.perform(get("/casework/collective").with(Actor.of("x", DISTRICT, role).signedIn()))
				.andExpect(status().isForbidden());
			mvc.perform(get("/casework/inspections/new").with(Actor.of("x", DISTRICT, role).signedIn()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/casework/inspections/new").with(REPRESENTATIVE.signedIn())).andExpect(status().isForbidden());
		then(queries).should(never()).writtenOpinions(any(), any(), any());
	}
}
