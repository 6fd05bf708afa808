package cn.lvzhi.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * Remembering a successful password check (so that HTTP Basic does not pay BCrypt on every
 * call) never lets in what would otherwise be refused.
 */
@OnH2
class VerifiedCredentialsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService accounts;

	String username;

	@BeforeEach
	void aUserWhosePasswordWasJustChecked() throws Exception {
		username = new Fixtures(context).user(Role.OFFICE);
		me(TestUsers.PASSWORD).andExpect(status().isOk());
		me(TestUsers.PASSWORD).andExpect(status().isOk());
	}

	org.springframework.test.web.servlet.ResultActions me(String password) throws Exception {
		return mvc.perform(get("/api/v1/me").with(httpBasic(username, password)));
	}

	@Test
	void aWrongPasswordIsRefusedWhileTheRightOneIsRemembered() throws Exception {
		me("Wrong-Password-1").andExpect(status().isUnauthorized());
	}

	@Test
	void theOldPasswordStopsWorkingTheMomentItIsReset() throws Exception {
		users.resetPassword(users.findByUsername(username).orElseThrow().id(), "Another-Pass-2026");
		me(TestUsers.PASSWORD).andExpect(status().isUnauthorized());
		me("Another-Pass-2026").andExpect(status().isOk());
	}

	@Test
	void aDisabledUserIsRefusedAtOnce() throws Exception {
		users.disable(users.findByUsername(username).orElseThrow().id(), (CurrentUser) accounts.loadUserByUsername("admin"));
		me(TestUsers.PASSWORD).andExpect(status().isUnauthorized());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRememberedOne() throws Exception {
		for (int i = 0; i < 5; i++) {
			me("Wrong-Password-" + i).andExpect(status().isUnauthorized());
		}
		me(TestUsers.PASSWORD).andExpect(status().isUnauthorized());
	}
}
