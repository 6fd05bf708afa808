package cn.lvzhi.yearend.web;

import java.util.Locale;

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

import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Category;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndEvaluations;
import cn.lvzhi.yearend.YearEndOverviews;
import cn.lvzhi.yearend.YearEndPolicy;
import cn.lvzhi.yearend.YearEndSheets;

/**
 * The year-end evaluation pages (年终评议): the overview of a year for the evaluation group and
 * the office (grade counts, points, ranks, grades by workstation, Excel export), one
 * representative's year with points by item and quarter, the evaluation and its history, the
 * evaluation group's form, and the annual statement PDF; a representative's own year.
 */
@Controller
@RequestMapping("/evaluation/year-end")
class YearEndPages {

	static final String VIEW = "yearend/representative";

	private final YearEndOverviews overviews;

	private final YearEndSheets sheets;

	private final YearEndEvaluations evaluations;

	private final RosterDirectory roster;

	private final MessageSource messages;

	YearEndPages(YearEndOverviews overviews, YearEndSheets sheets, YearEndEvaluations evaluations,
			RosterDirectory roster, MessageSource messages) {
		this.overviews = overviews;
		this.sheets = sheets;
		this.evaluations = evaluations;
		this.roster = roster;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(YearEndApi.OVERVIEW_READERS)
	String overview(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long workstationId, Model model) {
		int thisYear = sheets.thisYear(user);
		int cycle = year == null ? thisYear : year;
		model.addAttribute("overview", overviews.overview(user, cycle, workstationId));
		model.addAttribute("years", CycleCalendar.recentYears(thisYear, cycle));
		model.addAttribute("grades", Grade.values());
		model.addAttribute("workstations", roster.workstations(user.districtId()));
		model.addAttribute("workstationId", workstationId);
		return "yearend/overview";
	}

	/** A representative's own year: the year asked for, else the latest evaluated, else this year. */
	@GetMapping("/mine")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year) {
		long self = user.representativeId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		int cycle = year != null ? year : sheets.latestEvaluatedYear(self).orElse(sheets.thisYear(user));
		return "redirect:/evaluation/year-end/" + cycle + "/representatives/" + self;
	}

	@GetMapping("/{year}/representatives/{id}")
	@PreAuthorize(YearEndApi.READERS)
	String representative(@AuthenticationPrincipal CurrentUser user, @PathVariable int year, @PathVariable long id,
			Model model) {
		YearEndSheets.Sheet sheet = sheets.sheet(user, year, id);
		if (!model.containsAttribute("evaluationForm")) {
			model.addAttribute("evaluationForm",
					sheet.evaluation() == null ? EvaluationForm.empty() : EvaluationForm.of(sheet.evaluation()));
		}
		return page(user, sheet, model);
	}

	@PostMapping("/{year}/representatives/{id}")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String processEvaluationForm(@AuthenticationPrincipal CurrentUser user, @PathVariable int year,
			@PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				evaluations.save(user, year, id, form.version(), form.input());
				redirect.addFlashAttribute("notice", "yearend.notice.saved");
				return "redirect:/evaluation/year-end/" + year + "/representatives/" + id;
			}
			catch (Problem.Invalid invalid) {
				for (Problem.FieldViolation v : invalid.fields()) {
					String field = EvaluationForm.field(v.field());
					if (errors.getFieldErrorCount(field) == 0) {
						errors.rejectValue(field, v.messageKey(), v.args(), v.messageKey());
					}
				}
			}
			catch (Problem.Conflict conflict) {
				model.addAttribute("error", text(conflict.messageKey(), conflict.args()));
			}
		}
		return page(user, sheets.sheet(user, year, id), model);
	}

	private String page(CurrentUser user, YearEndSheets.Sheet sheet, Model model) {
		// the member's own year: theirs to read, not to grade (ConflictOfInterest)
		YearEndPolicy policy = YearEndPolicy.of(user, sheet.representativeId());
		model.addAttribute("sheet", sheet);
		model.addAttribute("categories", Category.values());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("editable", policy.mayGrade());
		model.addAttribute("overviewReader", YearEndPolicy.readsOverview(user));
		model.addAttribute("mine", policy.own());
		model.addAttribute("years", CycleCalendar.recentYears(sheets.thisYear(user), sheet.year()));
		return VIEW;
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, key, locale);
	}
}
