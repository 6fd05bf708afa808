package cn.lvzhi.accounts;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses sign-in attempts from a client address that failed too often across accounts
 * ({@code lvzhi.security.sign-in.max-failures-per-address} within {@code address-window}), before
 * any password is checked: an API call with Basic credentials gets 429 problem+json with
 * {@code Retry-After}; the sign-in form goes back to the sign-in page, which says to try later.
 * Requests without credentials, and those of a session, are not sign-in attempts and pass.
 * <p>
 * The filters are made here, not declared as beans, so that the container does not also run them
 * outside the security filter chains.
 */
@Component
class SignInThrottle {

	private final SignInAttempts attempts;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	SignInThrottle(SignInAttempts attempts, MessageSource messages, JsonMapper json, Clock clock) {
		this.attempts = attempts;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** For the API chain, before Basic authentication. */
	Filter api() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String auth = request.getHeader("Authorization");
				Optional<Instant> until = auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)
						? attempts.throttledUntil(request.getRemoteAddr()) : Optional.empty();
				if (until.isPresent()) {
					tooMany(request, response, until.get());
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	/** For the pages' chain, before the sign-in form is processed. */
	Filter form() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				if ("POST".equals(request.getMethod())
						&& (request.getContextPath() + "/login").equals(request.getRequestURI())
						&& attempts.throttledUntil(request.getRemoteAddr()).isPresent()) {
					response.sendRedirect(request.getContextPath() + "/login?throttled");
					return;
				}
				chain.doFilter(request, response);
			}
		};
	}

	private void tooMany(HttpServletRequest request, HttpServletResponse response, Instant until) throws IOException {
		long seconds = Math.max(1, Duration.between(clock.instant(), until).toSeconds() + 1);
		var locale = request.getLocale() == null ? LocaleContextHolder.getLocale() : request.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages
			.getMessage("accounts.problem.sign-in-throttled", new Object[] { (seconds + 59) / 60 }, locale));
		problem.setTitle(messages.getMessage("accounts.problem.title.429", null, locale));
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(seconds));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
