package cn.lvzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.shared.CurrentUser;

/**
 * The pages as a signed-in user sees them, for page tests through MockMvc: the user's session
 * ({@link #signedIn}), the user as the services take them ({@link #actor}), and a page's HTML
 * after a 200 ({@link #page}). Every {@link OnH2} test class can {@code @Autowired} it.
 */
public final class Pages {

	private final MockMvc mvc;

	private final UserDetailsService accounts;

	Pages(MockMvc mvc, UserDetailsService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	public RequestPostProcessor signedIn(String username) {
		return user(accounts.loadUserByUsername(username));
	}

	public CurrentUser actor(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	/** The HTML of {@code url} as {@code username} sees it; fails unless the answer is 200. */
	public String page(String url, String username) throws Exception {
		return mvc.perform(get(url).with(signedIn(username)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		Pages pagesAsSignedIn(MockMvc mvc, UserDetailsService accounts) {
			return new Pages(mvc, accounts);
		}
	}
}
