package cn.lvzhi.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import cn.lvzhi.shared.Problem;

/**
 * Turns everything an API call can go wrong with into problem+json with the status codes of
 * API.md: 400 malformed, 403 forbidden, 404 unknown id, 409 conflict, 413 too large, 415
 * unsupported type, 422 invalid (with {@code errors}). Messages come from the bundles.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<ProblemDetail> problem(Problem problem) {
		HttpStatus status = statusOf(problem);
		ProblemDetail body = detail(status, text(problem.messageKey(), problem.args()));
		if (problem instanceof Problem.Invalid invalid) {
			if (!invalid.fields().isEmpty()) {
				body.setProperty("errors", invalid.fields()
					.stream()
					.map(f -> Map.of("field", f.field(), "message", text(f.messageKey(), f.args())))
					.toList());
			}
			else {
				body.setProperty("errors", invalid.cells()
					.stream()
					.map(c -> Map.of("row", c.row(), "column", c.column(), "message", text(c.messageKey(), c.args())))
					.toList());
			}
		}
		return respond(status, body);
	}

	static HttpStatus statusOf(Problem problem) {
		return HttpStatus.valueOf(problem.status());
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(RuntimeException e) {
		return respond(HttpStatus.FORBIDDEN, detail(HttpStatus.FORBIDDEN, text("problem.forbidden")));
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e) {
		return respond(HttpStatus.CONFLICT, detail(HttpStatus.CONFLICT, text("problem.stale")));
	}

	/**
	 * Only a unique key is a duplicate. A value the database cannot store (SQLState class 22:
	 * too long, a NUL in text) is invalid input, 422; any other broken constraint (a reference, a
	 * check) conflicts with what is stored, 409, without claiming that it is a duplicate.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
		log.info("Refused a change that breaks a database constraint: {}", e.getMostSpecificCause().getMessage());
		if (e instanceof DuplicateKeyException) {
			return respond(HttpStatus.CONFLICT, detail(HttpStatus.CONFLICT, text("problem.duplicate")));
		}
		if (e.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
				&& sql.getSQLState().startsWith("22")) {
			return respond(HttpStatus.UNPROCESSABLE_CONTENT,
					detail(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.invalid-data")));
		}
		return respond(HttpStatus.CONFLICT, detail(HttpStatus.CONFLICT, text("problem.integrity")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
		return respond(HttpStatus.BAD_REQUEST,
				detail(HttpStatus.BAD_REQUEST, text("problem.bad-parameter", e.getName())));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = detail(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.invalid"));
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> Map.of("field", f.getField(), "message", fieldMessage(f)))
			.toList();
		body.setProperty("errors", errors);
		return new ResponseEntity<>(body, problemHeaders(), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = detail(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.invalid"));
		var errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> Map.of("field", r.getMethodParameter().getParameterName() == null ? ""
						: r.getMethodParameter().getParameterName(), "message",
						messages.getMessage(e, locale()))))
			.toList();
		body.setProperty("errors", errors);
		return new ResponseEntity<>(body, problemHeaders(), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/** A JSON string with a control character (see {@link TextInputs}): 422 naming the field. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof TextInputs.Refused refused) {
			ProblemDetail body = detail(HttpStatus.UNPROCESSABLE_CONTENT, text("problem.invalid"));
			body.setProperty("errors",
					List.of(Map.of("field", refused.field(), "message", text("validation.control-characters"))));
			return new ResponseEntity<>(body, problemHeaders(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		return super.handleHttpMessageNotReadable(ex, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return new ResponseEntity<>(detail(HttpStatus.CONTENT_TOO_LARGE, text("problem.file.too-large")),
				problemHeaders(), HttpStatus.CONTENT_TOO_LARGE);
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		// Malformed JSON, wrong types, missing parameters, unsupported media types... keep the
		// status Spring chose, but say it in the user's language as problem+json.
		ProblemDetail problem = detail(HttpStatus.valueOf(statusCode.value()),
				text("problem.status." + statusCode.value()));
		return new ResponseEntity<>(problem, problemHeaders(), statusCode);
	}

	private String fieldMessage(FieldError f) {
		return messages.getMessage(f, locale());
	}

	private ProblemDetail detail(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(text("problem.title." + status.value()));
		return problem;
	}

	private ResponseEntity<ProblemDetail> respond(HttpStatus status, ProblemDetail body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static HttpHeaders problemHeaders() {
		var headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return headers;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
