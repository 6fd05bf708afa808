package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.activities.ActivityMother;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealFilter;
import cn.lvzhi.casework.AppealMother;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.AppealStatus;
import cn.lvzhi.casework.AppealView;
import cn.lvzhi.casework.ProposalFilter;
import cn.lvzhi.casework.ProposalMother;
import cn.lvzhi.casework.ProposalQueries;
import cn.lvzhi.casework.ProposalStatus;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * A representative's casework on their roster page and their own 我的案件: the appeals they proxy (masked) and the
 * proposals they lead or co-sign, each list asked for this representative only, and nothing
 * for a representative the user may not read.
 */
@WebSlice
class RepresentativeCasesSliceTests {

	static final long REPRESENTATIVE = 8;

	@Autowired
	MockMvc mvc;

	@Autowired
	Representatives representatives;

	@Autowired
	AppealQueries appeals;

	@Autowired
	ProposalQueries proposals;

	@Autowired
	CollectiveActivities collectives;

	@Test
	void showsTheAppealsTheRepresentativeProxiesAndTheProposalsTheyLeadOrCoSign() throws Exception {
		Appeal appeal = AppealMother.appeal(5, 21, REPRESENTATIVE, AppealStatus.ASSIGNED, null);
		given(appeals.list(any(), eq(AppealFilter.proxiedBy(REPRESENTATIVE)), any()))
			.willReturn(new PageResult<>(List.of(new AppealView(appeal, appeal.constituent().masked(), false,
					"海山社区党代表工作室", "李代表", List.of(), Set.of(), List.of())), 0, 10, 1));
		given(proposals.list(any(), eq(new ProposalFilter(null, null, null, null, REPRESENTATIVE).normalized()), any()))
			.willReturn(new PageResult<>(List.of(ProposalMother.motion(3, ProposalStatus.SUBMITTED, REPRESENTATIVE, 9L)),
					0, 10, 1));
		given(proposals.names(any())).willReturn(Map.of(REPRESENTATIVE, "李代表", 9L, "王代表"));
		var inspection = ActivityMother.in(77, WebSlice.DISTRICT.id(), REPRESENTATIVE, 6,
				java.time.LocalDate.of(2026, 5, 1), "港区安全生产集中视察", ActivityStatus.VERIFIED);
		given(collectives.latestOf(WebSlice.DISTRICT.id(), REPRESENTATIVE))
			.willReturn(List.of(new ActivityView(inspection, "李代表", 10, List.of())));

		String html = mvc.perform(get("/casework/representatives/" + REPRESENTATIVE).with(Actor.office().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("id=\"representative-cases\"", "代理的群众诉求(1 件)", "/appeals/5",
				"领衔或联署的提议提案(1 件)", "/proposals/3", "李代表", "参加的集体活动", "/activities/77",
				"港区安全生产集中视察", "10 分", "已核实")
			.doesNotContain("张三丰", "??");
	}

	@Test
	void aRepresentativeTheUserMayNotReadShowsNothing() throws Exception {
		given(representatives.getFor(any(), anyLong())).willThrow(new Problem.Forbidden("problem.forbidden"));
		mvc.perform(get("/casework/representatives/" + REPRESENTATIVE).with(Actor.office().signedIn()))
			.andExpect(status().isForbidden());
		then(appeals).should(never()).list(any(), any(), any());
		then(proposals).should(never()).list(any(), any(), any());
		then(collectives).should(never()).latestOf(anyLong(), anyLong());
	}

	@Test
	void myCasesShowWhatWaitsForTheRepresentativeFirstThenTheirAppealsAndProposals() throws Exception {
		var me = Actor.representative("rep", WebSlice.DISTRICT.id(), REPRESENTATIVE);
		Appeal waiting = AppealMother.appeal(6, 21, REPRESENTATIVE, AppealStatus.RECEIVED, null);
		given(appeals.list(any(), eq(new AppealFilter(AppealStatus.RECEIVED, null, null)), any()))
			.willReturn(new PageResult<>(List.of(new AppealView(waiting, waiting.constituent().masked(), false,
					"海山社区党代表工作室", null, List.of(), Set.of(), List.of())), 0, 10, 1));
		given(appeals.list(any(), eq(AppealFilter.proxiedBy(REPRESENTATIVE)), any()))
			.willReturn(new PageResult<>(List.of(), 0, 10, 0));
		var toConfirm = ProposalMother.motion(4, ProposalStatus.DRAFT, 9L, REPRESENTATIVE);
		given(proposals.waitingFor(any()))
			.willReturn(new ProposalQueries.Waiting(List.of(toConfirm), List.of(), List.of()));
		given(proposals.list(any(), any(), any())).willReturn(new PageResult<>(List.of(toConfirm), 0, 10, 1));
		given(proposals.names(any())).willReturn(Map.of(REPRESENTATIVE, "李代表", 9L, "王代表"));

		String html = mvc.perform(get("/casework/mine").with(me.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("我的案件", "工作室待代理的群众诉求(1 件)", "/appeals/6", "待确认的联署", "/proposals/4",
				"代理的群众诉求(0 件)", "id=\"no-my-appeals\"")
			.doesNotContain("张三丰", "??", "id=\"nothing-waiting\"");
		assertThat(html.indexOf("id=\"waiting-proxy\"")).isLessThan(html.indexOf("id=\"my-appeals\""));
	}

	@Test
	void myCasesAreTheRepresentativesOnly() throws Exception {
		mvc.perform(get("/casework/mine").with(Actor.office().signedIn())).andExpect(status().isForbidden());
		then(appeals).should(never()).list(any(), any(), any());
	}
}
