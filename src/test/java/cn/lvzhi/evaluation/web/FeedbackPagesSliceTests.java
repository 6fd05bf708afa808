package cn.lvzhi.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.WebSlice;
import cn.lvzhi.evaluation.Complaints;

/**
 * The public feedback pages, without signing in: the form in Chinese, an empty complaint refused
 * beside its field before anything is submitted, and an unknown receipt code as a 404 in words.
 */
@WebSlice
class FeedbackPagesSliceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Complaints complaints;

	@Test
	void anyoneOpensTheFormWithoutSigningIn() throws Exception {
		String html = mvc.perform(get("/public/feedback"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("意见反馈", "无需登录", "按姓名查找代表", "不指定代表", "name=\"_csrf\"", "id=\"lz-public-links\"");
	}

	@Test
	void anEmptyComplaintIsRefusedBesideItsFieldAndNothingIsSubmitted() throws Exception {
		String html = mvc.perform(post("/public/feedback").param("content", " ").with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("is-invalid", "必填");
		then(complaints).should(never()).submit(any(), any(), any());
	}

	@Test
	void anUnknownReceiptCodeIsA404InWords() throws Exception {
		String html = mvc.perform(get("/public/feedback/NO-SUCH-CODE"))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("查询码不正确,未找到对应的疑问投诉。");
	}
}
