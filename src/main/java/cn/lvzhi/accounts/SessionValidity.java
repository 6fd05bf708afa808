package cn.lvzhi.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks, on every request that rides on a browser session, that the user the session was
 * opened for may still act: the account exists, is enabled and has the password it had at
 * sign-in. If not, the session is ended there and then (audited as {@code SESSION_ENDED}) and
 * the request goes on unauthenticated: the API answers 401, a page sends the browser to the
 * sign-in page. One primary-key read per request; nothing is remembered between requests, so
 * an API client polling on an old cookie cannot keep a session alive.
 *
 * <p>A lock after failed sign-ins does not end an open session: it guards sign-in from an
 * address, and ending sessions on it would let anyone throw anyone out by typing wrong passwords.
 */
class SessionValidity extends OncePerRequestFilter {

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	SessionValidity(UserRepository users, ApplicationEventPublisher events) {
		this.users = users;
		this.events = events;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(
				HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext context
				&& context.getAuthentication() != null
				&& context.getAuthentication().getPrincipal() instanceof SignedInUser signedIn) {
			var current = users.findById(signedIn.userId());
			if (current.isEmpty() || !signedIn.stillValidFor(current.get())) {
				end(session, signedIn, current.map(u -> u.enabled() ? "disabled or given a new password since sign-in" : "user disabled")
					.orElse("user removed"));
				if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
					redirectToSignIn(request, response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}

	private void end(HttpSession session, SignedInUser user, String why) {
		try {
			session.invalidate();
		}
		catch (IllegalStateException alreadyInvalid) {
			// ended by a concurrent request of the same session
		}
		SecurityContextHolder.clearContext();
		events.publishEvent(new AccountEvent("SESSION_ENDED", user.username(), user.userId(),
				"session ended: " + why, true, "system"));
	}

	/** A page goes to the sign-in page saying the session has ended; htmx is told to go there. */
	private static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		String target = request.getContextPath() + "/login?expired";
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			return;
		}
		response.sendRedirect(target);
	}
}
