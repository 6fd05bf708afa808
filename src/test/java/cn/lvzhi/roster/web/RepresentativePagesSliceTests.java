package cn.lvzhi.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeQueries;
import cn.lvzhi.roster.RosterMother;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Role;

/** The representatives' list: full phone numbers and the Excel buttons for the office, masked numbers for others. */
@WebSlice
class RepresentativePagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final Workstation COMMUNITY = RosterMother.community(21, DISTRICT, "海山社区党代表工作室");

	static final Representative REP = RosterMother.representative(8, "李四", "13912345678", COMMUNITY);

	@Autowired
	MockMvc mvc;

	@Autowired
	RepresentativeQueries representatives;

	@Autowired
	Workstations workstations;

	@BeforeEach
	void oneRepresentative() {
		given(workstations.inDisplayOrder(DISTRICT)).willReturn(List.of(COMMUNITY));
		given(representatives.shownTo(any(), any(), any())).willReturn(new PageResult<>(List.of(REP), 0, 20, 1));
	}

	String page(Actor actor) throws Exception {
		return mvc.perform(get("/roster/representatives?workstationId=" + COMMUNITY.id()).with(actor.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void listsRepresentativesWithFullPhonesForTheOfficeAndMaskedForOthers() throws Exception {
		assertThat(page(Actor.office())).contains(REP.name(), REP.phone(), "导出 Excel", "导入 Excel");
		assertThat(page(Actor.of("group", DISTRICT, Role.EVALUATION_GROUP))).contains(REP.name(),
				Masking.phone(REP.phone()))
			.doesNotContain(REP.phone())
			.doesNotContain("id=\"export-link\"");
	}
}
