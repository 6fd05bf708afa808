package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.WebSlice;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.shared.Problem;

/**
 * The constituent's rating page without signing in: one question with the subject and the result
 * and nothing else (no navigation, no name, no phone), the form with its CSRF token, and the
 * refusals of an unknown, used or expired link in words.
 */
@WebSlice
class PublicRatingPagesSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AppealRatings ratings;

	@Test
	void theConstituentSeesTheSubjectAndResultAndOneQuestion() throws Exception {
		given(ratings.page("good")).willReturn(new AppealRatings.RatingPage("小区门口路灯损坏", "市政设施",
				"城建办已更换路灯三盏。", Instant.parse("2026-06-01T02:00:00Z")));
		String html = mvc.perform(get("/public/ratings/good"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("服务评价", "小区门口路灯损坏", "城建办已更换路灯三盏。", "您对办理结果满意吗?", "非常满意",
				"基本满意", "不满意", "name=\"_csrf\"", "width=device-width");
		assertThat(html).doesNotContain("lz-nav-entries", "lz-public-links", "登录");
	}

	@Test
	void aRatingIsSentWithTheFormsTokenAndThanked() throws Exception {
		mvc.perform(post("/public/ratings/good").param("satisfaction", "VERY_SATISFIED").with(csrf()))
			.andExpect(redirectedUrl("/public/ratings/thanks"));
		then(ratings).should().rateByLink("good", "VERY_SATISFIED");
		mvc.perform(post("/public/ratings/good").param("satisfaction", "VERY_SATISFIED"))
			.andExpect(status().isForbidden());
		assertThat(mvc.perform(get("/public/ratings/thanks")).andReturn().getResponse().getContentAsString())
			.contains("感谢您的评价");
	}

	@Test
	void anUnknownLinkIsA404AndAUsedOrExpiredOneA409InWords() throws Exception {
		given(ratings.page("nope")).willThrow(new Problem.NotFound("casework.problem.link-unknown"));
		given(ratings.page("used")).willThrow(new Problem.Conflict("casework.problem.link-used"));
		given(ratings.page("old")).willThrow(new Problem.Conflict("casework.problem.link-expired"));
		assertThat(mvc.perform(get("/public/ratings/nope")).andExpect(status().isNotFound()).andReturn().getResponse()
			.getContentAsString()).contains("评价链接无效").doesNotContain("rating-form");
		assertThat(mvc.perform(get("/public/ratings/used")).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString()).contains("已使用过");
		assertThat(mvc.perform(get("/public/ratings/old")).andExpect(status().isConflict()).andReturn().getResponse()
			.getContentAsString()).contains("已过期");
		then(ratings).should(never()).rateByLink(eq("nope"), any());
	}

	@Test
	void aRatingWithoutAnAnswerAsksAgain() throws Exception {
		given(ratings.page("good")).willReturn(new AppealRatings.RatingPage("小区门口路灯损坏", null, "已修复",
				Instant.parse("2026-06-01T02:00:00Z")));
		given(ratings.rateByLink("good", null))
			.willThrow(Problem.Invalid.field("satisfaction", "validation.required"));
		assertThat(mvc.perform(post("/public/ratings/good").with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("请选择一项", "id=\"rating-form\"");
	}
}
