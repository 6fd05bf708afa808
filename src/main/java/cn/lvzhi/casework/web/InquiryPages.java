package cn.lvzhi.casework.web;

import org.springframework.security.access.prepost.PreAuthorize;
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

import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inquiries;
import cn.lvzhi.casework.Inquiry;
import cn.lvzhi.casework.InquiryKind;
import cn.lvzhi.casework.web.CollectiveCaseForms.InquiryForm;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.FormErrors;
import cn.lvzhi.shared.Problem;

/**
 * The pages of an inquiry or questioning: the form that enters it with its participants (the
 * answer too, if it was given at once), its page (the department, the question, the answer, the
 * participants' records with status and points), and the answer written down there afterwards.
 */
@Controller
@RequestMapping(InquiryPages.BASE)
class InquiryPages {

	static final String BASE = "/casework/inquiries";

	private final Inquiries inquiries;

	private final CollectiveCaseQueries queries;

	private final CollectiveCasePageSupport support;

	InquiryPages(Inquiries inquiries, CollectiveCaseQueries queries, CollectiveCasePageSupport support) {
		this.inquiries = inquiries;
		this.queries = queries;
		this.support = support;
	}

	@GetMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("caseForm", InquiryForm.empty(support.today(user)));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String processCreationForm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("caseForm") InquiryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		try {
			return CollectiveCasePageSupport.entered(inquiries.create(user, form.details()), BASE, redirect);
		}
		catch (Problem.Invalid invalid) {
			FormErrors.reject(invalid, errors, InquiryForm.FIELDS);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("inquiryKinds", InquiryKind.values());
		return support.form(user, model, "INQUIRY", BASE);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseView<Inquiry> view = queries.inquiry(user, id);
		Inquiry inquiry = view.value();
		model.addAttribute("textWritten", inquiry.answer().map(a -> support.written(user, a)).orElse(null));
		return support.show(user, model, "INQUIRY", view,
				support.text("inquiry.record-title", support.text("inquiry.kind." + inquiry.kind()), inquiry.department()));
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return support.followUp(BASE + "/" + id, () -> inquiries.answer(user, id, text), "inquiry.notice.answered",
				redirect);
	}
}
