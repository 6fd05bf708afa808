package cn.lvzhi;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.shared.CurrentUser;

/**
 * The one set-up of the page tests that run on the whole application: the people of a test
 * ({@link #cast}, or {@link #fixtures} for others), their sessions ({@link #signedIn}), the users
 * as the services take them ({@link #actor}), a page's HTML after a 200 ({@link #page}) and a form
 * sent with its CSRF token ({@link #submit}). Every {@link OnH2} test class can
 * {@code @Autowired} it.
 */
public final class Pages {

	private final MockMvc mvc;

	private final UserDetailsService accounts;

	private final ApplicationContext context;

	Pages(MockMvc mvc, UserDetailsService accounts, ApplicationContext context) {
		this.mvc = mvc;
		this.accounts = accounts;
		this.context = context;
	}

	/** Test data in the default district. */
	public Fixtures fixtures() {
		return new Fixtures(context);
	}

	/** Test data in a district of its own (see {@link Fixtures#inNewDistrict}). */
	public Fixtures fixturesInNewDistrict() {
		return Fixtures.inNewDistrict(context);
	}

	/** The people of a page test in the default district (see {@link Fixtures#cast}). */
	public Fixtures.Cast cast() {
		return fixtures().cast();
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

	/** A form sent as {@code username} from a page of theirs: with the session and its CSRF token. */
	public ResultActions submit(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.with(csrf()).with(signedIn(username)));
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		Pages pagesAsSignedIn(MockMvc mvc, UserDetailsService accounts, ApplicationContext context) {
			return new Pages(mvc, accounts, context);
		}
	}
}
