package cn.lvzhi.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.lvzhi.Actor;
import cn.lvzhi.WebSlice;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/** The administrator's form for a new user: roles in words, mistakes in Chinese beside their field. */
@WebSlice
class UserPagesSliceTests {

	static final Actor ADMIN = Actor.of("admin", WebSlice.DISTRICT.id(), Role.ADMIN);

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	MockHttpServletRequestBuilder newUser(String password, String confirmation) {
		return post("/admin/users").param("username", "wang")
			.param("displayName", "王五")
			.param("password", password)
			.param("passwordConfirmation", confirmation)
			.param("roles", "OFFICE")
			.with(ADMIN.signedIn())
			.with(csrf());
	}

	String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theFormNamesEveryRoleInWords() throws Exception {
		assertThat(html(get("/admin/users/new").with(ADMIN.signedIn()))).contains("区党代表", "工作室工作人员",
				"区党代会常任制办公室", "履职积分考评小组", "系统管理员", "审计员", "name=\"_csrf\"");
	}

	@Test
	void aPasswordThatDiffersFromItsConfirmationIsShownBesideItAndCreatesNobody() throws Exception {
		assertThat(html(newUser("Lvzhi-Test-2026", "Lvzhi-Test-2025"))).contains("两次输入的密码不一致", "is-invalid",
				"value=\"wang\"");
		then(users).should(never()).create(any(), anyLong());
	}

	@Test
	void whatTheServiceRefusesIsShownBesideTheField() throws Exception {
		given(users.create(any(), anyLong()))
			.willThrow(Problem.Invalid.field("password", "validation.password.common"));
		assertThat(html(newUser("Password1!", "Password1!"))).contains("这是常见的弱密码,容易被猜中,请换一个");
	}

	@Test
	void onlyTheAdministratorOpensTheForm() throws Exception {
		mvc.perform(get("/admin/users/new").with(Actor.office().signedIn())).andExpect(status().isForbidden());
	}
}
