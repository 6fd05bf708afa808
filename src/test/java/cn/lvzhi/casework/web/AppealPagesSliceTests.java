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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealChoices;
import cn.lvzhi.casework.AppealFlag;
import cn.lvzhi.casework.AppealMother;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealStatus;
import cn.lvzhi.casework.AppealView;
import cn.lvzhi.casework.Appeals;
import cn.lvzhi.roster.RosterMother;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * What the appeal pages show each user: the constituent in full for a handler and masked for the
 * others, the steps as buttons by {@code AppealPolicy}, the one-time link with its QR code, the
 * registration form's field errors in Chinese.
 */
@WebSlice
class AppealPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final long WORKSTATION = 21;

	static final long PROXY = 8;

	static final Workstation COMMUNITY = RosterMother.community(WORKSTATION, DISTRICT, "海山社区党代表工作室");

	static final Actor STAFF = new Actor("staff", DISTRICT, EnumSet.of(Role.WORKSTATION_STAFF), WORKSTATION, null);

	static final Actor THE_PROXY = Actor.representative("proxy", DISTRICT, PROXY);

	static final Actor GROUP = Actor.of("group", DISTRICT, Role.EVALUATION_GROUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealQueries queries;

	@Autowired
	AppealChoices choices;

	@Autowired
	Appeals appeals;

	@BeforeEach
	void today() {
		given(queries.today(any())).willReturn(LocalDate.of(2026, 5, 2));
		given(choices.registrableAt(any())).willReturn(List.of(COMMUNITY));
		given(choices.listedAt(any())).willReturn(List.of(COMMUNITY));
	}

	Appeal shown(CurrentUser user, AppealStatus status, Satisfaction rating, boolean attached, AppealFlag... flags) {
		Appeal appeal = AppealMother.appeal(5, WORKSTATION, PROXY, status, rating);
		given(queries.get(any(), eq(5L))).willReturn(AppealMother.viewFor(user, appeal, attached, List.of(flags)));
		return appeal;
	}

	String page(String url, Actor actor) throws Exception {
		return mvc.perform(get(url).with(actor.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aHandlerSeesTheConstituentInFullAndTheStepsOfTheState() throws Exception {
		shown(STAFF, AppealStatus.ASSIGNED, null, false, AppealFlag.PAST_DUE);
		String html = page("/appeals/5", STAFF);
		assertThat(html).contains("小区门口路灯损坏", "办理中", "张三丰", "13812345678", "海涛路", "本次查看已记录",
				"已超过办理期限", "海山街道城建办", "职能部门", "id=\"follow-up-form\"", "id=\"resolve-form\"", "办理经过",
				"代表代理");
		assertThat(html).doesNotContain("id=\"assign-form\"", "id=\"rating-form\"", "id=\"reopen-form\"");
	}

	@Test
	void theEvaluationGroupSeesTheConstituentMaskedAndNoStep() throws Exception {
		shown(GROUP, AppealStatus.ASSIGNED, null, false);
		String html = page("/appeals/5", GROUP);
		assertThat(html).contains("张**", "138****5678", "个人信息已脱敏").doesNotContain("张三丰", "13812345678", "海涛路");
		assertThat(html).doesNotContain("id=\"appeal-actions\"", "<form id=\"resolve-form\"");
	}

	@Test
	void aRepresentativeOfTheWorkstationTakesOnAReceivedAppealThemselfWhileStaffNameAProxy() throws Exception {
		Actor neighbour = Actor.representative("neighbour", DISTRICT, 9);
		shown(neighbour, AppealStatus.RECEIVED, null, true);
		assertThat(page("/appeals/5", neighbour)).contains("id=\"proxy-self-form\"", "我来代理", "value=\"9\"", "张**")
			.doesNotContain("id=\"proxy-form\"", "id=\"assign-form\"");
		shown(STAFF, AppealStatus.RECEIVED, null, false);
		given(choices.proxies(any())).willReturn(List.of(cn.lvzhi.roster.RosterMother.representative(PROXY, "李代表",
				"13900000000", COMMUNITY)));
		assertThat(page("/appeals/5", STAFF)).contains("id=\"proxy-form\"", "李代表", "id=\"assign-form\"")
			.doesNotContain("id=\"proxy-self-form\"");
	}

	@Test
	void staffRecordTheRatingOrMakeALinkWhoseQrCodeIsShownOnceAndTheProxyDoesNeither() throws Exception {
		shown(STAFF, AppealStatus.RESOLVED, null, false);
		String html = mvc.perform(get("/appeals/5").with(STAFF.signedIn())
			.flashAttr("ratingLink", "http://localhost/public/ratings/abc").flashAttr("ratingLinkExpires", "2026-06-01 10:00"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("id=\"rating-form\"", "非常满意", "基本满意", "不满意", "id=\"rating-link-form\"",
				"http://localhost/public/ratings/abc", "<svg", "只显示这一次", "2026-06-01 10:00");
		shown(THE_PROXY, AppealStatus.RESOLVED, null, true);
		assertThat(page("/appeals/5", THE_PROXY)).contains("张三丰")
			.doesNotContain("id=\"rating-form\"", "id=\"rating-link-form\"", "<svg");
	}

	@Test
	void onlyTheProxyIsOfferedToReopenADissatisfiedResult() throws Exception {
		shown(THE_PROXY, AppealStatus.RATED, Satisfaction.DISSATISFIED, true);
		assertThat(page("/appeals/5", THE_PROXY)).contains("id=\"reopen-form\"", "不满意", "当面评价");
		shown(STAFF, AppealStatus.RATED, Satisfaction.DISSATISFIED, false);
		assertThat(page("/appeals/5", STAFF)).doesNotContain("id=\"reopen-form\"");
	}

	@Test
	void theRegistrationFormShowsEachRefusedFieldInChineseAndAForeignAppealIsRefused() throws Exception {
		assertThat(page("/appeals/new", STAFF)).contains("诉求登记", "群众姓名", "事由", "值班接访", "海山社区党代表工作室",
				"name=\"_csrf\"");
		given(appeals.register(any(), any())).willThrow(Problem.Invalid.fields(List.of(
				new Problem.FieldViolation("constituentName", "validation.required"),
				new Problem.FieldViolation("receivedOn", "casework.validation.received-in-future"))));
		String html = mvc.perform(post("/appeals/new").with(STAFF.signedIn()).with(csrf())
			.param("workstationId", "21").param("channel", "VISIT").param("receivedOn", "2026-06-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("is-invalid", "必填", "收到日期不能晚于今天");
		given(queries.get(any(), eq(6L))).willThrow(new Problem.Forbidden("casework.problem.not-yours"));
		mvc.perform(get("/appeals/6").with(Actor.representative("far", DISTRICT, 77).signedIn()))
			.andExpect(status().isForbidden());
	}
}
