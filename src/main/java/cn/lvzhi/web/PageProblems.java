package cn.lvzhi.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.lvzhi.shared.Problem;

/**
 * A domain problem that escapes a page controller (an unknown id in the address, a transition
 * the record no longer allows) is shown on the shell's error page, in words and with its status.
 * API controllers are answered by {@link ApiProblems}, which comes first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Problem.class)
	String problem(Problem problem, HttpServletResponse response, Model model) {
		int status = ApiProblems.statusOf(problem).value();
		response.setStatus(status);
		model.addAttribute("status", status);
		model.addAttribute("message", messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(),
				LocaleContextHolder.getLocale()));
		return "error/page";
	}
}
