package cn.lvzhi.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

import cn.lvzhi.shared.CurrentUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * API.md: "{@code POST} that creates accepts an {@code Idempotency-Key} header: repeating the
 * request with the same key and body returns the first result and creates nothing new."
 * <p>
 * For every {@code POST} under {@code /api/} that carries the header (so for every module's
 * creates, present and future, without anything in their controllers): the first request
 * with a key runs and its successful (2xx) response is kept; a repeat with the same key and the
 * same request gets that response again, marked {@code Idempotent-Replayed: true}, without
 * running. The same key with another body, path or method, or while the first is still
 * running, gives 409. A request that fails (4xx, 5xx) is forgotten, so the client can correct
 * it and send it again with the same key. Keys belong to the signed-in user (to the remote
 * address for calls without credentials) and are remembered for 24 hours.
 * <p>
 * Runs after Spring Security (see {@link IdempotencyConfiguration}), so it knows the user and
 * never sees calls that authentication or CSRF refuse. What the request's hash covers is
 * {@link IdempotentBody}'s to say; the keys and kept responses are {@link IdempotentRequests}'.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	static final String HEADER = "Idempotency-Key";

	static final String REPLAYED = "Idempotent-Replayed";

	static final int MAX_KEY_LENGTH = 200;

	private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

	private final IdempotentRequests requests;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final long maxBody;

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	IdempotencyFilter(IdempotentRequests requests, MessageSource messages, LocaleResolver locales, JsonMapper json,
			DataSize maxBody) {
		this.requests = requests;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.maxBody = maxBody.toBytes();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
				|| !pathOf(request).startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<String> keys = Collections.list(request.getHeaders(HEADER));
		if (keys.size() != 1 || !validKey(keys.get(0))) {
			problem(request, response, HttpStatus.BAD_REQUEST, "problem.idempotency.key-invalid", MAX_KEY_LENGTH);
			return;
		}
		if (request.getContentLengthLong() > maxBody) {
			problem(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.status.413");
			return;
		}
		IdempotentBody body = IdempotentBody.of(request, maxBody);
		if (body == null) {
			problem(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.status.413");
			return;
		}
		if (body.digest() == null) {
			// A multipart body the container cannot parse (too large, malformed): the request
			// fails anyway, with the answer the API gives without a key.
			chain.doFilter(request, response);
			return;
		}
		String path = pathOf(request);
		var idempotent = new IdempotentRequests.Request(principalOf(request), keys.get(0), request.getMethod(), path,
				IdempotentBody.hash(request.getMethod(), path, request.getQueryString(), body.digest()));
		IdempotentRequests.Outcome outcome = requests.begin(idempotent);
		if (outcome instanceof IdempotentRequests.Started started) {
			run(body.request(), response, chain, started);
		}
		else if (outcome instanceof IdempotentRequests.Replay replay) {
			replay(response, replay.response());
		}
		else if (outcome instanceof IdempotentRequests.Mismatch) {
			problem(request, response, HttpStatus.CONFLICT, "problem.idempotency.mismatch");
		}
		else {
			problem(request, response, HttpStatus.CONFLICT, "problem.idempotency.in-progress");
		}
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			IdempotentRequests.Started started) throws ServletException, IOException {
		var caching = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, caching);
			kept = keep(started, caching);
		}
		finally {
			if (!kept) {
				forget(started);
			}
		}
		caching.copyBodyToResponse();
	}

	/**
	 * Keeps a successful response for repeats, before the client sees it, so that a repeat sent
	 * the moment it arrives is replayed rather than refused as still in progress.
	 */
	private boolean keep(IdempotentRequests.Started started, ContentCachingResponseWrapper response) {
		int status = response.getStatus();
		if (status < 200 || status >= 300) {
			return false;
		}
		try {
			requests.complete(started, new IdempotentRequests.Response(status, response.getContentType(),
					response.getHeader(HttpHeaders.LOCATION), response.getContentAsByteArray()));
			return true;
		}
		catch (RuntimeException e) {
			log.warn("Could not keep the response to idempotent request {} for a repeat", started.request().path(), e);
			return false;
		}
	}

	private void forget(IdempotentRequests.Started started) {
		try {
			requests.abandon(started);
		}
		catch (RuntimeException e) {
			// The row expires as abandoned after a few minutes anyway.
			log.warn("Could not release idempotency key of {}", started.request().path(), e);
		}
	}

	private static void replay(HttpServletResponse response, IdempotentRequests.Response stored) throws IOException {
		response.setStatus(stored.status());
		if (stored.contentType() != null) {
			response.setContentType(stored.contentType());
		}
		if (stored.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, stored.location());
		}
		response.setHeader(REPLAYED, "true");
		byte[] body = stored.body() == null ? new byte[0] : stored.body();
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** 1 to 200 printable ASCII characters. */
	static boolean validKey(String key) {
		if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
			return false;
		}
		for (int i = 0; i < key.length(); i++) {
			char c = key.charAt(i);
			if (c < 0x20 || c > 0x7e) {
				return false;
			}
		}
		return true;
	}

	/** The signed-in user's name; for calls without credentials, "anonymous@" and the remote address. */
	private String principalOf(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || trust.isAnonymous(authentication) || !authentication.isAuthenticated()) {
			return "anonymous@" + request.getRemoteAddr();
		}
		return authentication.getPrincipal() instanceof CurrentUser user ? user.username() : authentication.getName();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
			Object... args) throws IOException {
		Locale locale = locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, key, locale));
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		json.writeValue(response.getOutputStream(), problem);
	}
}
