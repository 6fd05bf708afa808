package cn.lvzhi.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

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
 * never sees calls that authentication or CSRF refuse.
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
		Body body = body(request);
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
				hash(request.getMethod(), path, request.getQueryString(), body.digest()));
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

	// --- the body: what the request hash covers, and a request the controller can still read ---

	/** The request to pass on and the bytes that stand for its body; {@code digest} null: unreadable multipart. */
	private record Body(HttpServletRequest request, byte[] digest) {
	}

	/** {@code null} when the body is over the limit. */
	private Body body(HttpServletRequest request) throws IOException, ServletException {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
			return multipart(request);
		}
		if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			// The container parses form parameters from its own stream: read them, not the bytes.
			var canonical = new ByteArrayOutputStream();
			for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
				field(canonical, parameter.getKey().getBytes(StandardCharsets.UTF_8));
				for (String value : parameter.getValue()) {
					field(canonical, value.getBytes(StandardCharsets.UTF_8));
				}
			}
			return new Body(request, canonical.toByteArray());
		}
		byte[] bytes = readAtMost(request.getInputStream(), maxBody);
		return bytes == null ? null : new Body(new BufferedRequest(request, bytes), bytes);
	}

	/**
	 * A multipart body stands for its parts (name, file name, type and content), not its raw
	 * bytes: clients choose a new boundary for every request, so the raw bytes of a faithful
	 * repeat differ. The container parses the parts (within the multipart limits) and keeps
	 * them for the controller.
	 */
	private static Body multipart(HttpServletRequest request) throws IOException {
		List<Part> parts;
		try {
			parts = new ArrayList<>(request.getParts());
		}
		catch (IllegalStateException | ServletException | IOException e) {
			return new Body(request, null);
		}
		var canonical = new ByteArrayOutputStream();
		for (Part part : parts) {
			field(canonical, bytes(part.getName()));
			field(canonical, bytes(part.getSubmittedFileName()));
			field(canonical, bytes(part.getContentType()));
			try (InputStream in = part.getInputStream()) {
				field(canonical, sha256().digest(in.readAllBytes()));
			}
		}
		return new Body(request, canonical.toByteArray());
	}

	private static byte[] bytes(String value) {
		return value == null ? new byte[] { 0 } : value.getBytes(StandardCharsets.UTF_8);
	}

	/** Length-prefixed, so that no two different sequences of fields give the same bytes. */
	private static void field(ByteArrayOutputStream out, byte[] value) {
		int n = value.length;
		out.write(n >>> 24);
		out.write(n >>> 16);
		out.write(n >>> 8);
		out.write(n);
		out.write(value, 0, n);
	}

	private static byte[] readAtMost(InputStream in, long max) throws IOException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		return bytes.length > max ? null : bytes;
	}

	/** SHA-256 (hex) of method, path with query and body: the same request gives the same hash. */
	static String hash(String method, String path, String query, byte[] body) {
		MessageDigest digest = sha256();
		var out = new ByteArrayOutputStream();
		field(out, method.getBytes(StandardCharsets.UTF_8));
		field(out, path.getBytes(StandardCharsets.UTF_8));
		field(out, bytes(query));
		digest.update(out.toByteArray());
		digest.update(body);
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
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

	/** A request whose body has been read already: the controller reads the buffered bytes. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		private final ServletInputStream stream;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
			var in = new ByteArrayInputStream(body);
			this.stream = new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has been read already");
				}
			};
		}

		@Override
		public ServletInputStream getInputStream() {
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(stream, encoding));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}
	}
}
