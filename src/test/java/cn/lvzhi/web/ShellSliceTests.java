package cn.lvzhi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * The shell as every module's pages and API share it: the sign-in page, each role's navigation,
 * the security chains' 401 and 403 as problem+json, permission before validation, and a domain
 * problem on a page or in the API, all in Chinese from the bundles.
 */
@WebSlice
class ShellSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Workstations workstations;

	String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theSignInPageStatesTheLockOutRulesAndLinksThePublicPages() throws Exception {
		String page = html(get("/login").param("error", ""));
		assertThat(page).contains("登录履职积分系统", "用户名", "密码", "连续输错 5 次,账号将被暂时锁定 15 分钟", "查看积分公示",
				"提出疑问或投诉(意见反馈)", "name=\"_csrf\"", "盐田区");
	}

	@Test
	void eachRoleSeesOnlyItsOwnNavigation() throws Exception {
		String office = html(get("/").with(Actor.office().signedIn()));
		assertThat(office).contains("审核", "积分排名", "代表名册", "积分标准").doesNotContain("用户管理", "审计日志", "登记履职");
		String auditor = html(get("/").with(Actor.of("auditor", WebSlice.DISTRICT.id(), Role.AUDITOR).signedIn()));
		assertThat(auditor).contains("审计日志").doesNotContain("审核", "代表名册", "用户管理");
		String representative = html(get("/").with(Actor.representative("rep", WebSlice.DISTRICT.id(), 7).signedIn()));
		assertThat(representative).contains("登记履职", "我的记录", "我的积分")
			.doesNotContain("审核", "审计日志");
	}

	@Test
	void aPageWithoutSignInSendsTheBrowserToTheSignInPage() throws Exception {
		mvc.perform(get("/roster/workstations")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anApiCallWithoutCredentialsIsAnsweredWithAChineseProblem() throws Exception {
		mvc.perform(get("/api/v1/workstations"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"lvzhi\""))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("需要登录"))
			.andExpect(jsonPath("$.detail").value("请先登录,或提供正确的用户名和密码。"));
	}

	@Test
	void permissionComesBeforeValidation() throws Exception {
		// an empty body would be invalid (422); a representative may not create workstations at all
		mvc.perform(post("/api/v1/workstations").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(Actor.representative("rep", WebSlice.DISTRICT.id(), 7).signedIn())
			.with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("无权操作"));
		mvc.perform(post("/api/v1/workstations").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.with(Actor.office().signedIn())
			.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field").isNotEmpty());
	}

	@Test
	void aDomainProblemIsAChineseErrorPageOnAPageAndProblemJsonInTheApi() throws Exception {
		given(workstations.get(anyLong(), anyLong()))
			.willThrow(new Problem.NotFound("roster.problem.workstation-not-found", 99L));
		String page = mvc.perform(get("/roster/workstations/99/edit").with(Actor.office().signedIn()))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"error-message\"", "工作室 99 不存在", "盐田区");
		mvc.perform(get("/api/v1/workstations/99").with(Actor.office().signedIn()))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("记录不存在"));
	}
}
