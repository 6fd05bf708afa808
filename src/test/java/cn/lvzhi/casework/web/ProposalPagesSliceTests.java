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

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalDocuments;
import cn.lvzhi.casework.ProposalMother;
import cn.lvzhi.casework.ProposalPolicy;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalStatus;
import cn.lvzhi.casework.ProposalView;
import cn.lvzhi.casework.Proposals;
import cn.lvzhi.roster.RosterDirectory.RepresentativeSummary;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * The proposal pages as each user sees them: the drafting form of a representative and of the
 * office registering a paper proposal, mistakes beside their fields, the proposal's page with the
 * buttons of the policy, the office's list with its filters and export, a representative's
 * 我的提案 with what waits for them, and a step refused because somebody acted first.
 */
@WebSlice
class ProposalPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final long LEAD = 11;

	static final long COSIGNER = 12;

	static final long PENDING = 13;

	static final Actor LEAD_USER = Actor.representative("lead-user", DISTRICT, LEAD);

	static final Actor COSIGNER_USER = Actor.representative("pending-user", DISTRICT, PENDING);

	static final Actor OFFICE = Actor.office();

	static final Actor STAFF = Actor.staff("staff", DISTRICT, 3);

	static final Map<Long, String> NAMES = Map.of(LEAD, "王建国", COSIGNER, "李秀英", PENDING, "张伟");

	@Autowired
	MockMvc mvc;

	@Autowired
	Proposals proposals;

	@Autowired
	ProposalQueries queries;

	@Autowired
	ProposalDocuments documents;

	@BeforeEach
	void theDistrictsRepresentatives() {
		given(queries.choices(any())).willReturn(List.of(new RepresentativeSummary(LEAD, "王建国", "ACTIVE"),
				new RepresentativeSummary(COSIGNER, "李秀英", "ACTIVE"), new RepresentativeSummary(PENDING, "张伟", "ACTIVE")));
		given(queries.names(any())).willReturn(NAMES);
	}

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	void shown(Proposal proposal, Actor user) {
		given(queries.view(eq(user), eq(proposal.id())))
			.willReturn(new ProposalView(proposal, NAMES, List.of(), List.of(), ProposalPolicy.actions(user, proposal)));
	}

	@Test
	void aRepresentativeDraftsAsLeadPickingCosignersAmongTheOthers() throws Exception {
		String html = html(get("/proposals/new").with(LEAD_USER.signedIn()));
		assertThat(html).contains("起草提议提案", "代表提议", "提案", "联署代表", "id=\"cosigner-12\"", "id=\"cosigner-13\"",
				"name=\"_csrf\"", "保存草稿")
			.doesNotContain("id=\"cosigner-11\"", "id=\"leadRepresentativeId\"", "纸质已签名", "id=\"document\"");
	}

	@Test
	void theOfficeRegistersAPaperProposalForAnyLeadWithItsSignaturesAndDocument() throws Exception {
		String html = html(get("/proposals/new").with(OFFICE.signedIn()));
		assertThat(html).contains("登记纸质提案", "id=\"leadRepresentativeId\"", "id=\"cosigner-11\"", "id=\"signed-12\"",
				"纸质已签名", "id=\"document\"", "enctype=\"multipart/form-data\"");
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndNothingIsDrafted() throws Exception {
		given(proposals.draft(any(), any())).willThrow(Problem.Invalid.fields(List.of(
				new Problem.FieldViolation("title", "validation.required"),
				new Problem.FieldViolation("cosignerIds[1]", "casework.proposal.validation.not-serving", "张伟"))));
		String html = html(post("/proposals/new").param("kind", "MOTION").param("title", " ")
			.param("cosignerIds", "12", "13")
			.with(csrf())
			.with(LEAD_USER.signedIn()));
		assertThat(html).contains("is-invalid", "必填", "张伟 今天不在任,不能领衔或联署", "id=\"cosigners-error\"")
			.containsPattern("id=\"cosigner-13\"[^>]*checked");
	}

	@Test
	void aDraftedProposalOpensOnItsPage() throws Exception {
		given(proposals.draft(any(), any())).willReturn(ProposalMother.motion(41, ProposalStatus.DRAFT, LEAD));
		mvc.perform(post("/proposals/new").param("kind", "MOTION").param("title", "t").param("content", "c")
			.with(csrf())
			.with(LEAD_USER.signedIn()))
			.andExpect(redirectedUrl("/proposals/41"))
			.andExpect(flash().attribute("notice", "casework.proposal.notice.drafted"));
		then(documents).should(never()).attach(any(), anyLong(), any(), anyLong(), any());
	}

	@Test
	void aCosignerSeesWhoConfirmedAndIsOfferedToConfirmTheLeadToSubmit() throws Exception {
		Proposal draft = ProposalMother.motion(42, ProposalStatus.DRAFT, LEAD, COSIGNER, PENDING);
		shown(draft, COSIGNER_USER);
		String html = html(get("/proposals/42").with(COSIGNER_USER.signedIn()));
		assertThat(html).contains("草拟中", "王建国", "李秀英", "已确认", "张伟", "待确认", "id=\"confirm-submit\"",
				"提交后自动生成履职记录")
			.doesNotContain("id=\"submit-submit\"", "id=\"withdraw-form\"", "id=\"assign-form\"");
		shown(draft, LEAD_USER);
		assertThat(html(get("/proposals/42").with(LEAD_USER.signedIn()))).contains("id=\"submit-submit\"",
				"id=\"withdraw-form\"", "撤回草稿").doesNotContain("id=\"confirm-submit\"");
	}

	@Test
	void theOfficeAssignsASubmittedProposalAndRecordsTheResponsesOfTheUnitsYetToAnswer() throws Exception {
		Proposal submitted = ProposalMother.motion(43, ProposalStatus.SUBMITTED, LEAD, COSIGNER);
		shown(submitted, OFFICE);
		assertThat(html(get("/proposals/43").with(OFFICE.signedIn()))).contains("id=\"assign-form\"", "主办单位",
				"协办单位", "认定无效并撤回", "id=\"document-form\"").doesNotContain("id=\"reply-form\"");
		Proposal answered = ProposalMother.motion(44, ProposalStatus.ANSWERED, LEAD, COSIGNER);
		shown(answered, OFFICE);
		String html = html(get("/proposals/44").with(OFFICE.signedIn()));
		assertThat(html).contains("已答复", "区交通运输局", "已新增公交线路一条。", "id=\"reply-form\"",
				"<option value=\"区城管局\">区城管局(协办)</option>")
			.doesNotContain("<option value=\"区交通运输局\"");
		shown(answered, LEAD_USER);
		assertThat(html(get("/proposals/44").with(LEAD_USER.signedIn()))).contains("id=\"evaluation-form\"", "满意",
				"基本满意", "不满意").doesNotContain("id=\"reply-form\"");
	}

	@Test
	void aStepSomebodyElseTookFirstComesBackAsAMessage() throws Exception {
		given(proposals.submit(any(), eq(45L))).willThrow(new Problem.Conflict("casework.proposal.problem.stale"));
		mvc.perform(post("/proposals/45/submit").with(csrf()).with(LEAD_USER.signedIn()))
			.andExpect(redirectedUrl("/proposals/45"))
			.andExpect(flash().attribute("error", "提案刚被他人办理,请刷新后再试。"));
		mvc.perform(post("/proposals/45/submit").with(LEAD_USER.signedIn())).andExpect(status().isForbidden());
	}

	@Test
	void theOfficesListFiltersAndExportsWhatItShows() throws Exception {
		var page = new PageResult<>(List.of(ProposalMother.motion(46, ProposalStatus.ASSIGNED, LEAD, COSIGNER)), 0, 20, 1);
		given(queries.list(any(), any(), any())).willReturn(page);
		String html = html(get("/proposals").param("year", "2026").param("kind", "MOTION").with(OFFICE.signedIn()));
		assertThat(html).contains("提案办理", "id=\"filters\"", "hx-get=\"/proposals\"", "共 1 件", "领衔:王建国",
				"(联署 1/1)", "主办:区交通运输局", "已交办", "/api/v1/proposals/export.xlsx?year=2026&amp;kind=MOTION",
				"id=\"register-link\"");
		String fragment = html(get("/proposals").header("HX-Request", "true").with(OFFICE.signedIn()));
		assertThat(fragment).contains("id=\"results\"").doesNotContain("<html");
		assertThat(html(get("/proposals").with(STAFF.signedIn()))).doesNotContain("id=\"export-link\"", "id=\"register-link\"");
	}

	@Test
	void aRepresentativeSeesWhatWaitsForThemAndEverythingTheyLeadOrCosign() throws Exception {
		Proposal toConfirm = ProposalMother.motion(47, ProposalStatus.DRAFT, COSIGNER, PENDING);
		Proposal toEvaluate = ProposalMother.motion(48, ProposalStatus.ANSWERED, LEAD);
		given(queries.waitingFor(any())).willReturn(new ProposalQueries.Waiting(List.of(toConfirm), List.of(), List.of(toEvaluate)));
		given(queries.list(any(), any(), any())).willReturn(new PageResult<>(List.of(toEvaluate, toConfirm), 0, 20, 2));
		String html = html(get("/proposals/mine").with(LEAD_USER.signedIn()));
		assertThat(html).contains("我的提案", "等待我办理", "待确认的联署", "待评价的答复", "/proposals/47", "/proposals/48")
			.doesNotContain("待提交的草稿");
		assertThat(html(get("/proposals/summary").with(LEAD_USER.signedIn()))).contains("id=\"summary-proposals-confirm\">1<",
				"id=\"summary-proposals-evaluate\">1<");
	}
}
