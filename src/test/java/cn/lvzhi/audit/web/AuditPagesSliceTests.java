package cn.lvzhi.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.audit.AuditEntry;
import cn.lvzhi.audit.AuditTrail;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Role;

/** The auditor's page: each entry's action and roles in words, its result, and nobody else may look. */
@WebSlice
class AuditPagesSliceTests {

	static final Actor AUDITOR = Actor.of("auditor", WebSlice.DISTRICT.id(), Role.AUDITOR);

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Test
	void showsEachEntryWithItsActionRolesAndResultInWords() throws Exception {
		var failed = new AuditEntry(41, OffsetDateTime.parse("2026-03-02T09:15:30+08:00"), "wang", List.of(),
				"10.1.2.3", "LOGIN_FAILED", null, null, false, "wrong password");
		var created = new AuditEntry(42, OffsetDateTime.parse("2026-03-02T09:16:00+08:00"), "admin",
				List.of("ADMIN"), "10.1.2.4", "USER_CREATED", "user", "7", true, "created wang");
		given(trail.search(eq(WebSlice.DISTRICT.id()), any(), any()))
			.willReturn(new PageResult<>(List.of(failed, created), 0, 50, 2));
		String html = mvc.perform(get("/audit").with(AUDITOR.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("审计日志", "data-audit-id=\"41\"", "2026-03-02 09:15:30", "登录失败", "10.1.2.3",
				"失败", "data-audit-id=\"42\"", "创建用户", "系统管理员", "成功", "导出 Excel");
	}

	@Test
	void saysSoWhenNothingMatches() throws Exception {
		given(trail.search(eq(WebSlice.DISTRICT.id()), any(), any())).willReturn(new PageResult<>(List.of(), 0, 50, 0));
		String html = mvc.perform(get("/audit").param("username", "nobody").with(AUDITOR.signedIn()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("没有符合条件的日志。").doesNotContain("data-audit-id");
	}

	@Test
	void onlyTheAuditorMayLook() throws Exception {
		mvc.perform(get("/audit").with(Actor.of("admin", WebSlice.DISTRICT.id(), Role.ADMIN).signedIn()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit").with(Actor.office().signedIn())).andExpect(status().isForbidden());
	}
}
