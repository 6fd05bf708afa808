package cn.lvzhi.ledger.web;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.LedgerEntry;
import cn.lvzhi.roster.RepresentativeFilter;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/** The evaluation group's adjustments form: a representative, a cycle, points (±) and a reason. */
@Controller
@RequestMapping("/adjustments")
class AdjustmentPages {

	private final Ledger ledger;

	private final Representatives representatives;

	AdjustmentPages(Ledger ledger, Representatives representatives) {
		this.ledger = ledger;
		this.representatives = representatives;
	}

	@GetMapping
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String initAdjustmentForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long representativeId, Model model) {
		model.addAttribute("adjustmentForm",
				new AdjustmentForm(representativeId, ledger.today(user.districtId()).getYear(), null, null));
		return form(user, model);
	}

	@PostMapping
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String processAdjustmentForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("adjustmentForm") AdjustmentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		try {
			LedgerEntry entry = ledger.adjust(user, form.representativeId(), form.year(), form.points(), form.reason());
			redirect.addFlashAttribute("notice", "ledger.notice.adjusted");
			return "redirect:/points/representatives/" + entry.representativeId() + "?year=" + entry.cycle();
		}
		catch (Problem.Invalid invalid) {
			for (Problem.FieldViolation v : invalid.fields()) {
				if (errors.getFieldErrorCount(v.field()) == 0) {
					errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
				}
			}
			return form(user, model);
		}
		// a 403 (the member's own points, which the form does not offer) is the error page
	}

	/** The form; its choice of representatives leaves out the member themself ({@link ConflictOfInterest}). */
	private String form(CurrentUser user, Model model) {
		model.addAttribute("representatives", representatives.all(RepresentativeFilter.all(user.districtId()))
			.stream()
			.filter(r -> !ConflictOfInterest.concerns(user, r.id()))
			.toList());
		return "ledger/adjustment";
	}
}
