package cn.lvzhi.roster.web;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.roster.WorkstationType;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/** The workstation pages: the list in display order, and new/edit forms for the office. */
@Controller
@RequestMapping("/roster/workstations")
class WorkstationPages {

	static final String VIEW_FORM = "roster/workstation-form";

	private final Workstations workstations;

	private final MessageSource messages;

	WorkstationPages(Workstations workstations, MessageSource messages) {
		this.workstations = workstations;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(WorkstationApi.READERS)
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("workstations", workstations.inDisplayOrder(user.districtId()));
		model.addAttribute("manages", user.has(Role.OFFICE));
		return "roster/workstations";
	}

	@GetMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String initCreationForm(Model model) {
		model.addAttribute("form", new WorkstationForm(null, WorkstationType.COMMUNITY, null, null));
		return form(model, null);
	}

	@PostMapping("/new")
	@PreAuthorize("hasRole('OFFICE')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("form") WorkstationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, null);
		}
		try {
			workstations.create(user.districtId(), form.name(), form.type(), form.displayOrder());
			redirect.addFlashAttribute("notice", "roster.notice.workstation-saved");
			return "redirect:/roster/workstations";
		}
		catch (Problem.Invalid invalid) {
			RepresentativePages.reject(invalid, errors);
		}
		catch (Problem.Conflict conflict) {
			errors.rejectValue("name", conflict.messageKey(), conflict.args(), conflict.messageKey());
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String initUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", WorkstationForm.of(workstations.get(user.districtId(), id)));
		return form(model, id);
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize("hasRole('OFFICE')")
	String processUpdateForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") WorkstationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(model, id);
		}
		try {
			workstations.change(user.districtId(), id, form.name(), form.type(), form.displayOrder(), form.version());
			redirect.addFlashAttribute("notice", "roster.notice.workstation-saved");
			return "redirect:/roster/workstations";
		}
		catch (Problem.Invalid invalid) {
			RepresentativePages.reject(invalid, errors);
		}
		catch (Problem.Conflict conflict) {
			model.addAttribute("error", messages.getMessage(conflict.messageKey(), conflict.args(),
					conflict.messageKey(), LocaleContextHolder.getLocale()));
		}
		return form(model, id);
	}

	private String form(Model model, Long id) {
		model.addAttribute("types", WorkstationType.values());
		model.addAttribute("workstationId", id);
		return VIEW_FORM;
	}
}
