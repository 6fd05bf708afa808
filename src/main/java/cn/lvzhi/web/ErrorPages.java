package cn.lvzhi.web;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Whatever reaches {@code /error}: problem+json for the API (an unknown path, a body the
 * container refused), a Chinese error page for people.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		if (isApi(request)) {
			return "forward:/error/problem";
		}
		HttpStatus status = status(request);
		response.setStatus(status.value());
		model.addAttribute("status", status.value());
		model.addAttribute("message", clientMistake(request).orElseGet(() -> messages.getMessage(
				"error.page." + status.value(), null, messages.getMessage("error.page.other", null, locale()), locale())));
		return "error/page";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		return problemOf(request);
	}

	@RequestMapping("/error/problem")
	ResponseEntity<ProblemDetail> forwardedProblem(HttpServletRequest request) {
		return problemOf(request);
	}

	/** What {@link ClientMistakes} says was wrong with the request, if it answered it. */
	private Optional<String> clientMistake(HttpServletRequest request) {
		return Optional.ofNullable(request.getAttribute(ClientMistakes.MESSAGE_KEY))
			.map(key -> messages.getMessage(key.toString(), null, locale()));
	}

	private ResponseEntity<ProblemDetail> problemOf(HttpServletRequest request) {
		HttpStatus status = status(request);
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, clientMistake(request).orElseGet(
				() -> messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(), locale())));
		body.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(), locale()));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			body.setInstance(java.net.URI.create(uri.toString().replace(" ", "%20")));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
