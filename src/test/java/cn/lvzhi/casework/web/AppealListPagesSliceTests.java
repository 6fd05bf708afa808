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
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Role;

/** The appeals' list, masked for everybody with the flagged ones marked, and the home card's count. */
@WebSlice
class AppealListPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final long WORKSTATION = 21;

	static final long PROXY = 8;

	static final Workstation COMMUNITY = RosterMother.community(WORKSTATION, DISTRICT, "海山社区党代表工作室");

	static final Actor STAFF = new Actor("staff", DISTRICT, EnumSet.of(Role.WORKSTATION_STAFF), WORKSTATION, null);

	static final Actor THE_PROXY = Actor.representative("proxy", DISTRICT, PROXY);

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealQueries queries;

	@Autowired
	AppealChoices choices;

	@Autowired
	Appeals appeals;

	@BeforeEach
	void workstations() {
		given(choices.listedAt(any())).willReturn(List.of(COMMUNITY));
	}

	String page(String url, Actor actor) throws Exception {
		return mvc.perform(get(url).with(actor.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void theListMasksEveryConstituentAndMarksTheFlaggedOnes() throws Exception {
		Appeal appeal = AppealMother.appeal(5, WORKSTATION, PROXY, AppealStatus.ASSIGNED, null);
		AppealView row = new AppealView(appeal, appeal.constituent().masked(), false, "海山社区党代表工作室", "李代表",
				List.of(AppealFlag.LONG_UNRESOLVED), java.util.Set.of(), List.of());
		given(queries.list(any(), any(), any())).willReturn(new PageResult<>(List.of(row), 0, 30, 1));
		String html = page("/appeals?overdue=true", Actor.office());
		assertThat(html).contains("群众诉求", "张**", "小区门口路灯损坏", "登记后久未办结", "table-warning", "李代表",
				"/api/v1/appeals/export.xlsx?overdue=true", "checked").doesNotContain("张三丰");
	}

	@Test
	void theHomeCardCountsTheFlaggedAppeals() throws Exception {
		given(queries.flagged(any())).willReturn(3L);
		assertThat(page("/appeals/summary", STAFF)).contains("id=\"summary-appeals-flagged\"", ">3<", "超期或久未办结");
		mvc.perform(get("/appeals/summary").with(THE_PROXY.signedIn())).andExpect(status().isForbidden());
		then(queries).should(never()).flagged(eq(THE_PROXY));
		then(appeals).should(never()).proxy(any(), anyLong(), any());
	}
}
