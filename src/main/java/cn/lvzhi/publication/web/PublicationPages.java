package cn.lvzhi.publication.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.publication.Cycles;
import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationChanges;
import cn.lvzhi.publication.PublicationQueries;
import cn.lvzhi.publication.PublicationPolicy;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Category;

/**
 * 季度公布 for the office and the evaluation group: the lists of a year with the form to draft
 * one (office), and a list with its rows grouped by workstation, the changes since the previous
 * quarter, its hash, the exports, and what the user may do next: approve (evaluation group),
 * discard a draft or close the cycle after the fourth quarter (office).
 */
@Controller
@RequestMapping("/publications")
class PublicationPages {

	static final String READERS = "hasAnyRole('OFFICE','EVALUATION_GROUP')";

	private final Publications publications;

	private final PublicationQueries queries;

	private final Cycles cycles;

	private final Districts districts;

	private final MessageSource messages;

	private final java.time.Clock clock;

	PublicationPages(Publications publications, PublicationQueries queries, Cycles cycles, Districts districts,
			MessageSource messages, java.time.Clock clock) {
		this.publications = publications;
		this.queries = queries;
		this.cycles = cycles;
		this.districts = districts;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(READERS)
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
		LocalDate today = today(user);
		int previousQuarterYear = today.minusMonths(3).getYear();
		if (!model.containsAttribute("draftForm")) {
			int lastQuarter = CycleCalendar.quarterOf(today.minusMonths(3));
			model.addAttribute("draftForm", new DraftForm(previousQuarterYear, lastQuarter));
		}
		return listPage(user, year, model);
	}

	private String listPage(CurrentUser user, Integer year, Model model) {
		LocalDate today = today(user);
		var years = new TreeSet<Integer>(java.util.Comparator.reverseOrder());
		years.addAll(queries.years(user));
		years.add(today.getYear());
		years.add(today.minusMonths(3).getYear());
		model.addAttribute("years", years);
		model.addAttribute("year", year);
		model.addAttribute("lists", queries.list(user, year));
		model.addAttribute("mayDraft", PublicationPolicy.drafts(user));
		model.addAttribute("zone", districts.of(user.districtId()).timeZone());
		return "publication/list";
	}

	@PostMapping
	@PreAuthorize("hasRole('OFFICE')")
	String draft(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("draftForm") DraftForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return listPage(user, null, model);
		}
		try {
			Publication draft = publications.draft(user, form.year(), form.quarter());
			redirect.addFlashAttribute("notice", "publication.notice.drafted");
			return "redirect:/publications/" + draft.id();
		}
		catch (Problem.Invalid invalid) {
			for (Problem.FieldViolation v : invalid.fields()) {
				if (errors.getFieldErrorCount(v.field()) == 0) {
					errors.rejectValue(v.field(), v.messageKey(), v.args(), v.messageKey());
				}
			}
			return listPage(user, null, model);
		}
		catch (Problem.Conflict conflict) {
			model.addAttribute("error", message(conflict));
			return listPage(user, null, model);
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		Publication p = queries.get(user, id);
		PublicationChanges changes = queries.changes(p);
		Map<Long, PublicationChanges.RowChange> byRepresentative = new HashMap<>();
		changes.rows().forEach(c -> byRepresentative.put(c.row().representativeId(), c));
		model.addAttribute("p", p);
		model.addAttribute("changes", changes);
		// a first quarter has no previous list to move against: no column of moves
		model.addAttribute("moves", changes.previousId() == null ? null : byRepresentative);
		model.addAttribute("categories", Category.values());
		model.addAttribute("zone", districts.of(user.districtId()).timeZone());
		model.addAttribute("mayApprove", publications.mayApprove(user, p));
		model.addAttribute("mayDiscard", PublicationPolicy.mayDiscard(user, p));
		var closure = cycles.closure(user.districtId(), p.year());
		model.addAttribute("closure", closure.orElse(null));
		model.addAttribute("mayClose", PublicationPolicy.mayClose(user, p, closure.isPresent()));
		return "publication/detail";
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "publication.notice.published", () -> publications.approve(user, id));
	}

	@PostMapping("/{id}/discard")
	@PreAuthorize("hasRole('OFFICE')")
	String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return act(id, redirect, "publication.notice.discarded", () -> publications.discard(user, id, reason));
	}

	@PostMapping("/{id}/close-cycle")
	@PreAuthorize("hasRole('OFFICE')")
	String closeCycle(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		Publication p = queries.get(user, id);
		return act(id, redirect, "publication.notice.closed", () -> cycles.close(user, p.year()));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		// a 403 (a list the user may not approve: their own draft, a change of theirs in it; the page
		// offers them no button) is the error page
		catch (Problem.Conflict | Problem.Invalid problem) {
			String text = message(problem);
			if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
				var parts = new ArrayList<String>();
				invalid.fields().forEach(v -> parts.add(messages.getMessage(v.messageKey(), v.args(), v.messageKey(),
						LocaleContextHolder.getLocale())));
				text = String.join(";", parts);
			}
			redirect.addFlashAttribute("error", text);
		}
		return "redirect:/publications/" + id;
	}

	private String message(Problem problem) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
	}

	private LocalDate today(CurrentUser user) {
		return LocalDate.ofInstant(clock.instant(), districts.of(user.districtId()).timeZone());
	}

	static List<Integer> quarters() {
		return List.of(1, 2, 3, 4);
	}
}
