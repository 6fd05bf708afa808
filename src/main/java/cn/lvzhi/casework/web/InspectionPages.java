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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.casework.CaseView;
import cn.lvzhi.casework.CollectiveCasePolicy;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inspection;
import cn.lvzhi.casework.Inspections;
import cn.lvzhi.casework.web.CollectiveCaseForms.InspectionForm;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.FormErrors;
import cn.lvzhi.shared.Problem;

/**
 * The pages of an inspection or research: the form that enters it with its participants, its page
 * (what was entered, the report, the participants' records with status and points), and the
 * report's text and file written there by those {@link CollectiveCasePolicy#followsUp} allows.
 */
@Controller
@RequestMapping(InspectionPages.BASE)
class InspectionPages {

	static final String BASE = "/casework/inspections";

	private final Inspections inspections;

	private final CollectiveCaseQueries queries;

	private final CollectiveCasePageSupport support;

	InspectionPages(Inspections inspections, CollectiveCaseQueries queries, CollectiveCasePageSupport support) {
		this.inspections = inspections;
		this.queries = queries;
		this.support = support;
	}

	@GetMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("caseForm", InspectionForm.empty(support.today(user)));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("caseForm") InspectionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		try {
			return CollectiveCasePageSupport.entered(inspections.create(user, form.details()), BASE, redirect);
		}
		catch (Problem.Invalid invalid) {
			FormErrors.reject(invalid, errors, InspectionForm.FIELDS);
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		return support.form(user, model, "INSPECTION", BASE);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseView<Inspection> view = queries.inspection(user, id);
		Inspection inspection = view.value();
		model.addAttribute("textWritten", inspection.report().map(r -> support.written(user, r)).orElse(null));
		model.addAttribute("fileWritten", inspection.reportFile().map(f -> support.written(user, f)).orElse(null));
		model.addAttribute("fileHref", "/api/v1/inspections/" + id + "/report/file");
		return support.show(user, model, "INSPECTION", view, inspection.title());
	}

	@PostMapping("/{id}/report")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	String report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		return support.followUp(BASE + "/" + id, () -> inspections.report(user, id, text),
				"inspection.notice.reported", redirect);
	}

	@PostMapping("/{id}/report/file")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	String reportFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return support.followUp(BASE + "/" + id,
				() -> inspections.attachReport(user, id, CollectiveCasePageSupport.upload(file)),
				"collective-case.notice.file-added", redirect);
	}
}
