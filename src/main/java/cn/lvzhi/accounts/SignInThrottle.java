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

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

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

	private final SecurityConfiguration.ProblemWriter problems;

	private final Clock clock;

	SignInThrottle(SignInAttempts attempts, SecurityConfiguration.ProblemWriter problems, Clock clock) {
		this.attempts = attempts;
		this.problems = problems;
		this.clock = clock;
	}

	/** For the API chain, before Basic authentication. */
	Filter api() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Optional<Instant> until = SecurityConfiguration.carriesBasicCredentials(request)
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
		response.setHeader("Retry-After", Long.toString(seconds));
		problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "accounts.problem.title.429",
				"accounts.problem.sign-in-throttled", (seconds + 59) / 60);
	}
}
