package cn.lvzhi.casework.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Satisfaction;

/**
 * The constituent's rating page, opened from the one-time link or its QR code, without an
 * account: phone-first, one question (how satisfied with the result), nothing else shown — the
 * appeal's subject and result only, never a name or a phone. The form carries the CSRF token of
 * the visitor's session. An unknown link is a 404 in words, a used or expired one a 409 in words.
 */
@Controller
@RequestMapping("/public/ratings")
class PublicRatingPages {

	private final AppealRatings ratings;

	private final MessageSource messages;

	PublicRatingPages(AppealRatings ratings, MessageSource messages) {
		this.ratings = ratings;
		this.messages = messages;
	}

	@GetMapping("/{token}")
	String page(@PathVariable String token, HttpServletResponse response, Model model) {
		try {
			model.addAttribute("page", ratings.page(token));
		}
		catch (Problem.NotFound | Problem.Conflict problem) {
			return refused(problem, response, model);
		}
		model.addAttribute("token", token);
		model.addAttribute("satisfactions", Satisfaction.values());
		return "casework/rating";
	}

	@PostMapping("/{token}")
	String rate(@PathVariable String token, @RequestParam(required = false) String satisfaction,
			HttpServletResponse response, Model model) {
		try {
			ratings.rateByLink(token, satisfaction);
		}
		catch (Problem.NotFound | Problem.Conflict problem) {
			return refused(problem, response, model);
		}
		catch (Problem.Invalid invalid) {
			response.setStatus(422);
			boolean unanswered = invalid.fields().stream().anyMatch(f -> f.field().equals("satisfaction"));
			// anything else (the proxy's record refused) is not the constituent's to fix
			model.addAttribute("error", text(unanswered ? "casework.rating.choose" : "casework.rating.failed"));
			return page(token, response, model);
		}
		return "redirect:/public/ratings/thanks";
	}

	@GetMapping("/thanks")
	String thanks() {
		return "casework/rating-thanks";
	}

	private String refused(Problem problem, HttpServletResponse response, Model model) {
		response.setStatus(problem.status());
		model.addAttribute("refusal", text(problem.messageKey()));
		return "casework/rating";
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
