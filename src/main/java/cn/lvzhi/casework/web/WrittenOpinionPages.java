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
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.WrittenOpinion;
import cn.lvzhi.casework.WrittenOpinions;
import cn.lvzhi.casework.web.CollectiveCaseForms.WrittenOpinionForm;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.FormErrors;
import cn.lvzhi.shared.Problem;

/**
 * The pages of a written opinion: the form that enters it with the representatives who wrote it
 * and, if chosen, its document in the same step; its page (title, content, document, the
 * participants' records with status and points), and the document added there afterwards.
 */
@Controller
@RequestMapping(WrittenOpinionPages.BASE)
class WrittenOpinionPages {

	static final String BASE = "/casework/written-opinions";

	private final WrittenOpinions opinions;

	private final CollectiveCaseQueries queries;

	private final CollectiveCasePageSupport support;

	WrittenOpinionPages(WrittenOpinions opinions, CollectiveCaseQueries queries, CollectiveCasePageSupport support) {
		this.opinions = opinions;
		this.queries = queries;
		this.support = support;
	}

	@GetMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("caseForm", WrittenOpinionForm.empty(support.today(user)));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(CaseResponses.ENTERERS)
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("caseForm") WrittenOpinionForm form, BindingResult errors,
			@RequestParam(name = "document", required = false) MultipartFile document, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		try {
			return CollectiveCasePageSupport.entered(
					opinions.create(user, form.details(), CollectiveCasePageSupport.upload(document)), BASE, redirect);
		}
		catch (Problem.Invalid invalid) {
			FormErrors.reject(invalid, errors, WrittenOpinionForm.FIELDS);
			return form(user, model);
		}
		catch (Problem.TooLarge | Problem.UnsupportedType refused) {
			errors.reject(refused.messageKey(), refused.args(), refused.messageKey());
			return form(user, model);
		}
	}

	private String form(CurrentUser user, Model model) {
		return support.form(user, model, "WRITTEN_OPINION", BASE);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		CaseView<WrittenOpinion> view = queries.writtenOpinion(user, id);
		WrittenOpinion opinion = view.value();
		model.addAttribute("fileWritten", opinion.document().map(f -> support.written(user, f)).orElse(null));
		model.addAttribute("fileHref", "/api/v1/written-opinions/" + id + "/document");
		return support.show(user, model, "WRITTEN_OPINION", view, opinion.title());
	}

	@PostMapping("/{id}/document")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	String document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return support.followUp(BASE + "/" + id, () -> opinions.attach(user, id, CollectiveCasePageSupport.upload(file)),
				"collective-case.notice.file-added", redirect);
	}
}
