package cn.lvzhi.roster.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.roster.RosterMother;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.Role;

/**
 * The workstations' list and form: types in words, the office's buttons and nobody else's, a form
 * mistake in Chinese beside its field, and the same list as JSON.
 */
@WebSlice
class WorkstationPagesSliceTests {

	static final long DISTRICT = WebSlice.DISTRICT.id();

	static final Workstation SHATOUJIAO = RosterMother.community(11, DISTRICT, "沙头角社区党代表工作室");

	@Autowired
	MockMvc mvc;

	@Autowired
	Workstations workstations;

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theOfficeSeesTheListWithItsTypesAndMayAddAndEdit() throws Exception {
		given(workstations.inDisplayOrder(DISTRICT)).willReturn(List.of(SHATOUJIAO));
		String forTheOffice = html(get("/roster/workstations").with(Actor.office().signedIn()));
		assertThat(forTheOffice).contains("沙头角社区党代表工作室", "社区党代表工作室", "id=\"new-workstation\"",
				"/roster/workstations/11/edit", "/roster/representatives?workstationId=11");
		assertThat(html(get("/roster/workstations").with(Actor.of("group", DISTRICT, Role.EVALUATION_GROUP).signedIn())))
			.contains("沙头角社区党代表工作室")
			.doesNotContain("id=\"new-workstation\"", "/roster/workstations/11/edit");
	}

	@Test
	void aNamelessWorkstationIsRefusedBesideTheNameAndNothingIsCreated() throws Exception {
		String html = html(post("/roster/workstations/new").param("name", " ")
			.param("type", "COMMUNITY")
			.param("displayOrder", "1")
			.with(Actor.office().signedIn())
			.with(csrf()));
		assertThat(html).contains("is-invalid", "必填");
		then(workstations).should(never()).create(anyLong(), anyString(), any(), anyInt());
	}

	@Test
	void theApiListsTheSameWorkstationsAsJson() throws Exception {
		given(workstations.inDisplayOrder(DISTRICT)).willReturn(List.of(SHATOUJIAO));
		mvc.perform(get("/api/v1/workstations").with(Actor.staff("staff", DISTRICT, 11).signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(11))
			.andExpect(jsonPath("$[0].name").value("沙头角社区党代表工作室"))
			.andExpect(jsonPath("$[0].type").value("COMMUNITY"));
	}
}
