package cn.lvzhi.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.context.i18n.LocaleContextHolder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Deny by default: every URL needs a signed-in user unless listed here as public; what a role
 * may do is decided by {@code @PreAuthorize} on each controller. The API accepts HTTP Basic
 * (stateless, no CSRF token) and browser sessions; pages use form login with CSRF on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	// "/error/problem": where /error forwards the error of an API address (ErrorPages)
	static final String[] PUBLIC_PAGES = { "/login", "/error", "/error/problem", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/favicon.ico", "/favicon.svg", "/actuator/health", "/actuator/health/**", "/public/**" };

	static final String[] PUBLIC_API = { "/api/v1/public/**", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**" };

	/**
	 * BCrypt with the {id} prefix, so that the encoder can be upgraded later. The cost
	 * ({@code lvzhi.security.bcrypt-strength}, default 10) is lowered only by the test profile,
	 * where thousands of users are created and hashing cost proves nothing.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${lvzhi.security.bcrypt-strength:10}") int strength) {
		var bcrypt = new BCryptPasswordEncoder(strength);
		var encoders = new java.util.HashMap<String, PasswordEncoder>();
		encoders.put("bcrypt", bcrypt);
		var delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
		delegating.setDefaultPasswordEncoderForMatches(bcrypt);
		return delegating;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ProblemWriter problems, SessionValidity sessionValidity,
			SignInThrottle throttle) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_API).permitAll()
				// API.md: anyone may submit a question or complaint, also without credentials
				.requestMatchers(org.springframework.http.HttpMethod.POST, "/api/v1/complaints").permitAll()
				.anyRequest().authenticated())
			// API.md: Basic is stateless. The signed-in user lives for the one request; no session is
			// created for it, and no request is saved for after a sign-in.
			.httpBasic(b -> b.authenticationEntryPoint(problems::unauthorized)
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.requestCache(c -> c.requestCache(new NullRequestCache()))
			.addFilterAfter(sessionValidity, SecurityContextHolderFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			// The API rides on a browser session that the sign-in page opened, but never opens one.
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// Basic-authenticated calls, and calls that carry no session cookie at all, have no
			// session to ride on and need no CSRF token (so a call without credentials gets 401,
			// not 403); calls made from a browser session still do.
			.csrf(c -> c.ignoringRequestMatchers(request -> {
				return carriesBasicCredentials(request) || request.getRequestedSessionId() == null;
			}));
		headers(http);
		// Too many failed sign-ins from the client's address: 429 before Basic credentials are checked.
		http.addFilterBefore(throttle.api(), BasicAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Ends a session whose user was disabled or given a new password since signing in (see
	 * {@link SessionValidity}). Registered in both filter chains, never as a servlet filter of its own.
	 */
	@Bean
	SessionValidity sessionValidity(UserRepository users, ApplicationEventPublisher events) {
		return new SessionValidity(users, events);
	}

	@Bean
	FilterRegistrationBean<SessionValidity> sessionValidityOnlyInTheSecurityChains(SessionValidity filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * Headers on every answer, pages and API alike: no referrer to other sites (links in records
	 * may lead out), HSTS — sent by Spring Security only on HTTPS, which behind a TLS proxy needs
	 * the proxy to be trusted (lvzhi.proxy.trusted).
	 */
	private static void headers(HttpSecurity http) throws Exception {
		http.headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, SessionValidity sessionValidity, SignInThrottle throttle)
			throws Exception {
		var csrfHandler = new CsrfTokenRequestAttributeHandler();
		http.authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PAGES).permitAll()
			.requestMatchers(PUBLIC_API).permitAll()
			.anyRequest().authenticated())
			.addFilterAfter(sessionValidity, SecurityContextHolderFilter.class)
			.formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error").permitAll())
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").invalidateHttpSession(true)
				.deleteCookies("JSESSIONID"))
			.csrf(c -> c.csrfTokenRequestHandler(csrfHandler))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		headers(http);
		// Too many failed sign-ins from the client's address: back to the sign-in page, which says so.
		http.addFilterBefore(throttle.form(), UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/** Whether a request carries HTTP Basic credentials (a sign-in attempt of its own, no session). */
	static boolean carriesBasicCredentials(HttpServletRequest request) {
		String auth = request.getHeader("Authorization");
		return auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/** Writes 401 and 403 of the API, and other problems of the security filters, as problem+json. */
	@org.springframework.stereotype.Component
	static class ProblemWriter {

		private final MessageSource messages;

		private final JsonMapper json;

		private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

		ProblemWriter(MessageSource messages, JsonMapper json) {
			this.messages = messages;
			this.json = json;
		}

		void unauthorized(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException e) throws IOException {
			// Scripts are told to use Basic. A browser opening an API address is given a challenge it
			// does not prompt for: a browser that had cached Basic credentials would send them with
			// every request, also cross-site, and Basic-authenticated calls need no CSRF token.
			boolean browser = "navigate".equals(request.getHeader("Sec-Fetch-Mode"))
					|| String.valueOf(request.getHeader("Accept")).contains("text/html");
			response.setHeader("WWW-Authenticate", browser ? "Session realm=\"lvzhi\"" : "Basic realm=\"lvzhi\"");
			write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		}

		void forbidden(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.access.AccessDeniedException e) throws IOException {
			// A call without credentials that is refused before authentication (a POST without a
			// CSRF token) lacks credentials rather than permission: 401, as API.md says.
			var authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || trust.isAnonymous(authentication)) {
				unauthorized(request, response, null);
				return;
			}
			write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
		}

		private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
				throws IOException {
			write(request, response, status, "problem.title." + status.value(), key);
		}

		/** A problem+json answer, its title and detail from the bundles in the request's language. */
		void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String titleKey,
				String detailKey, Object... args) throws IOException {
			var locale = request.getLocale() == null ? LocaleContextHolder.getLocale() : request.getLocale();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
					messages.getMessage(detailKey, args, detailKey, locale));
			problem.setTitle(messages.getMessage(titleKey, null, status.getReasonPhrase(), locale));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), problem);
		}
	}

}
