package cn.lvzhi.roster.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

import cn.lvzhi.shared.Problem;

/**
 * A domain problem on a roster page that the page itself did not handle (an unknown id, a
 * foreign workstation's representative) is shown as the Chinese error page with its status.
 */
@ControllerAdvice(assignableTypes = { RepresentativePages.class, WorkstationPages.class })
class RosterPageProblems {

	private final MessageSource messages;

	RosterPageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(Problem.class)
	String problem(Problem problem, HttpServletResponse response, Model model) {
		int status = problem.status();
		response.setStatus(status);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("status", status);
		model.addAttribute("message", messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale));
		return "error/page";
	}

}
