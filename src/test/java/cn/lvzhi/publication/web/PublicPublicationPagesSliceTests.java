package cn.lvzhi.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.shared.Problem;

/**
 * The public lists' pages, without signing in: the district's heading, what the public may find
 * in the top bar, and an unknown list as a Chinese 404 page or problem+json.
 */
@WebSlice
class PublicPublicationPagesSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PublicationQueries publications;

	String page(String url) throws Exception {
		return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void anonymousVisitorsFindThePublicListsTheFeedbackFormAndSignInInTheTopBarAndOnTheLoginPage() throws Exception {
		given(publications.publicDistrict(any())).willReturn(WebSlice.DISTRICT.id());
		given(publications.published(WebSlice.DISTRICT.id(), null)).willReturn(List.of());
		String login = page("/login");
		assertThat(login).contains("id=\"lz-public-links\"", "href=\"/public/publications\"", "href=\"/public/feedback\"",
				"href=\"/login\"", "id=\"login-publications\"", "id=\"login-feedback\"");
		String publicList = page("/public/publications");
		assertThat(publicList).contains("id=\"lz-public-links\"", "公示", "意见反馈", "登录")
			.contains("盐田区党代表履职积分公示", "暂无已公布的名单。");
		String forTheOffice = mvc.perform(get("/publications").with(Actor.office().signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forTheOffice).doesNotContain("id=\"lz-public-links\"").contains("data-nav=\"publications\"");
	}

	@Test
	void anUnknownListIsAChinese404() throws Exception {
		given(publications.published(anyLong()))
			.willThrow(new Problem.NotFound("publication.problem.not-found", 404L));
		String html = mvc.perform(get("/public/publications/404"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("公布名单 404 不存在或尚未公布");
		mvc.perform(get("/api/v1/public/publications/404"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("记录不存在"));
	}
}
