package cn.lvzhi.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A request the container cannot even read — a query such as {@code ?=x}, a multipart body
 * without a boundary or cut short, an uploaded file whose name holds a NUL byte — is the
 * client's mistake, wherever it is first noticed (a security filter reading the CSRF token, an
 * interceptor reading {@code ?lang}, a handler's arguments). It is answered 400 (413 over a
 * limit) through {@link ErrorPages}, problem+json for the API and the Chinese error page for
 * people, and logged at DEBUG in one line: an anonymous flood of them must not fill the log with
 * stack traces. Everything else passes through untouched.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientMistakes extends OncePerRequestFilter {

	/** The request attribute naming the message key {@link ErrorPages} answers with. */
	static final String MESSAGE_KEY = ClientMistakes.class.getName() + ".MESSAGE_KEY";

	private static final Logger log = LoggerFactory.getLogger(ClientMistakes.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			Mistake mistake = Mistake.of(e, request);
			if (mistake == null || response.isCommitted()) {
				throw e;
			}
			if (log.isDebugEnabled()) {
				log.debug("Refused a request the container could not read ({} {}): {} {}", request.getMethod(),
						request.getRequestURI(), mistake.status().value(), mistake.cause().getClass().getSimpleName());
			}
			request.setAttribute(MESSAGE_KEY, mistake.messageKey());
			response.sendError(mistake.status().value());
		}
	}

	/** What was wrong with the request, found in the cause chain of what escaped. */
	record Mistake(HttpStatus status, String messageKey, Throwable cause) {

		static Mistake of(Throwable thrown, HttpServletRequest request) {
			// The most precise cause first: Spring wraps the container's exceptions in its own.
			Throwable named = find(thrown, InvalidFileNameException.class);
			if (named != null) {
				return new Mistake(HttpStatus.BAD_REQUEST, "problem.file-name.control", named);
			}
			Throwable tooLarge = find(thrown, MaxUploadSizeExceededException.class);
			if (tooLarge != null) {
				return new Mistake(HttpStatus.CONTENT_TOO_LARGE, "problem.file.too-large", tooLarge);
			}
			if (find(thrown, InvalidParameterException.class) instanceof InvalidParameterException invalid) {
				HttpStatus status = HttpStatus.resolve(invalid.getErrorCode());
				if (status == HttpStatus.CONTENT_TOO_LARGE) {
					return new Mistake(status, "problem.file.too-large", invalid);
				}
				// Tomcat says "parameters" for a body of form fields or parts it could not read too.
				String type = String.valueOf(request.getContentType());
				return new Mistake(HttpStatus.BAD_REQUEST,
						type.startsWith("multipart/") ? "problem.multipart" : "problem.parameters", invalid);
			}
			Throwable multipart = find(thrown, MultipartException.class);
			if (multipart != null) {
				return new Mistake(HttpStatus.BAD_REQUEST, "problem.multipart", multipart);
			}
			return null;
		}

		private static Throwable find(Throwable thrown, Class<? extends Throwable> type) {
			for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
				if (type.isInstance(t)) {
					return t;
				}
			}
			return null;
		}
	}
}
