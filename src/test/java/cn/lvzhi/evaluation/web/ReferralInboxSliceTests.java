package cn.lvzhi.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Role;

/**
 * The evaluation group's inbox lists the records the office referred to it (DOMAIN.md 12): whose,
 * which item and day, who referred it, when and why, with a link to the record, where the group
 * decides it; and the way to all of them when there are more than it lists.
 */
@WebSlice
class ReferralInboxSliceTests {

	static final Actor GROUP = Actor.of("group", WebSlice.DISTRICT.id(), Role.EVALUATION_GROUP);

	@Autowired
	MockMvc mvc;

	@Autowired
	Inbox inbox;

	static Inbox.Referral referral(long activityId) {
		return new Inbox.Referral(activityId, 7, "李梅", 6, LocalDate.of(2021, 3, 15), "社区视察", "office-wang",
				LocalDate.of(2021, 3, 16), 2, "难以评定是否属于集中视察");
	}

	String inboxPage() throws Exception {
		return mvc.perform(get("/evaluation").with(GROUP.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void listsEachReferredRecordWithWhoReferredItWhenAndWhy() throws Exception {
		given(inbox.referred(any(), any())).willReturn(new PageResult<>(List.of(referral(41)), 0, 100, 1));
		String html = inboxPage();
		assertThat(html).contains("id=\"inbox-referred\"", "办公室提交复核的履职记录(1 条)", "data-activity=\"41\"", "李梅",
				"第 6 项 · 社区视察", "2021-03-15", "office-wang 于 2021-03-16 提交复核,已等待 2 个工作日",
				"理由:难以评定是否属于集中视察", "href=\"/activities/41\"", "复核办理")
			.doesNotContain("id=\"inbox-referred-all\"");
	}

	@Test
	void linksToAllReferredRecordsWhenThereAreMoreThanItLists() throws Exception {
		given(inbox.referred(any(), any())).willReturn(new PageResult<>(List.of(referral(41)), 0, 1, 130));
		assertThat(inboxPage()).contains("id=\"inbox-referred-all\"", "查看全部 130 条",
				"href=\"/activities/verification?status=REFERRED\"");
	}

	@Test
	void showsNoReferralSectionWhenNothingIsReferred() throws Exception {
		given(inbox.referred(any(), any())).willReturn(new PageResult<>(List.of(), 0, 100, 0));
		assertThat(inboxPage()).doesNotContain("id=\"inbox-referred\"");
	}
}
