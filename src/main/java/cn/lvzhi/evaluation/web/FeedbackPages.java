package cn.lvzhi.evaluation.web;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.Complaints;
import cn.lvzhi.evaluation.RepresentativeChoices;
import cn.lvzhi.evaluation.TooManySubmissions;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * The public question and complaint form (意见反馈), without login: find a representative by name
 * (only names and workstations are shown), optionally give a record number and a contact, write
 * the content; the receipt code shown afterwards opens the answer at
 * {@code /public/feedback/{code}} (state, outcome and reason; the contact masked; nothing about
 * anybody else). At most a few submissions an hour from one address (429 with a message).
 */
@Controller
@RequestMapping("/public/feedback")
class FeedbackPages {

	private static final Set<String> FORM_FIELDS = Set.of("representativeId", "activityId", "contact", "content");

	private final Complaints complaints;

	private final ComplaintQueries queries;

	private final RepresentativeChoices choices;

	private final CasePages pages;

	FeedbackPages(Complaints complaints, ComplaintQueries queries, RepresentativeChoices choices, CasePages pages) {
		this.complaints = complaints;
		this.queries = queries;
		this.choices = choices;
		this.pages = pages;
	}

	@GetMapping
	String initCreationForm(@RequestParam(required = false) String q,
			@RequestParam(required = false) Long representativeId, Model model) {
		model.addAttribute("feedbackForm", new FeedbackForm(representativeId, null, null, null));
		return form(q, representativeId, model);
	}

	/** The options of the representative picker for a name typed (htmx, as the visitor types). */
	@GetMapping("/representatives")
	String representatives(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("choices", choices.choices(q));
		return "evaluation/feedback :: options";
	}

	@PostMapping
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors,
			@RequestParam(required = false) String q, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(q, form.representativeId(), model);
		}
		Complaints.Submitted submitted;
		try {
			submitted = complaints.submit(user, request.getRemoteAddr(), form.submission());
		}
		catch (Problem.Invalid invalid) {
			pages.reject(invalid, errors, Map.of(), FORM_FIELDS);
			return form(q, form.representativeId(), model);
		}
		catch (TooManySubmissions tooMany) {
			response.setStatus(429);
			model.addAttribute("error", pages.text(tooMany.messageKey(), tooMany.limit()));
			return form(q, form.representativeId(), model);
		}
		redirect.addFlashAttribute("receipt", submitted.receiptCode());
		return "redirect:/public/feedback/submitted";
	}

	@GetMapping("/submitted")
	String submitted(Model model) {
		if (!model.containsAttribute("receipt")) {
			return "redirect:/public/feedback";
		}
		return "evaluation/feedback-submitted";
	}

	@GetMapping("/lookup")
	String lookup(@RequestParam(required = false) String code) {
		String clean = code == null ? "" : code.strip();
		if (clean.isEmpty()) {
			return "redirect:/public/feedback";
		}
		return "redirect:/public/feedback/" + UriUtils.encodePathSegment(clean, java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/{code}")
	String receipt(@PathVariable String code, HttpServletResponse response, Model model) {
		Complaint complaint = queries.byReceipt(code).orElse(null);
		if (complaint == null) {
			response.setStatus(404);
			model.addAttribute("error", pages.text("evaluation.problem.receipt-unknown"));
			return "evaluation/receipt";
		}
		model.addAttribute("complaint", complaint);
		model.addAttribute("contact", ComplaintQueries.contactFor(null, complaint));
		model.addAttribute("submittedAt", pages.time(complaint.submittedAt(), complaint.districtId()));
		model.addAttribute("verdict", complaint.verdict().orElse(null));
		model.addAttribute("decidedAt", CaseView.decidedAt(complaint.verdict(), complaint.districtId(), pages));
		model.addAttribute("about", complaint.representativeId().flatMap(choices::choice).orElse(null));
		return "evaluation/receipt";
	}

	private String form(String q, Long representativeId, Model model) {
		var offered = new ArrayList<>(choices.choices(q));
		if (representativeId != null && offered.stream().noneMatch(c -> c.id() == representativeId)) {
			choices.choice(representativeId).ifPresent(c -> offered.add(0, c));
		}
		model.addAttribute("q", q);
		model.addAttribute("choices", offered);
		return "evaluation/feedback";
	}
}
