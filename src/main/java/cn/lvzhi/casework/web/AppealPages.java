package cn.lvzhi.casework.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealAssignment;
import cn.lvzhi.casework.AppealChannel;
import cn.lvzhi.casework.AppealChoices;
import cn.lvzhi.casework.AppealRatings;
import cn.lvzhi.casework.AppealUnitKind;
import cn.lvzhi.casework.AppealView;
import cn.lvzhi.casework.AppealQueries;
import cn.lvzhi.casework.Appeals;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.FormErrors;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Satisfaction;

/**
 * The appeal pages: 诉求登记 (staff, a representative, the office), and the appeal page — its
 * state, flags, the constituent (in full only for its handlers; the view is audited), the
 * timeline of its steps and follow-ups, the records it created with their status and points,
 * and only the steps {@code AppealPolicy} gives the user, each a small form. A step that no
 * longer fits (somebody else acted first) or a missing field comes back as a message on the page.
 * The list is {@link AppealListPages}'.
 */
@Controller
@RequestMapping("/appeals")
class AppealPages {

	private static final Set<String> FORM_FIELDS = Set.of("constituentName", "constituentPhone", "constituentAddress",
			"content", "category", "subject", "receivedOn", "channel", "workstationId");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Appeals appeals;

	private final AppealRatings ratings;

	private final AppealQueries queries;

	private final AppealChoices choices;

	private final Districts districts;

	private final MessageSource messages;

	AppealPages(Appeals appeals, AppealRatings ratings, AppealQueries queries, AppealChoices choices,
			Districts districts, MessageSource messages) {
		this.appeals = appeals;
		this.ratings = ratings;
		this.queries = queries;
		this.choices = choices;
		this.districts = districts;
		this.messages = messages;
	}

	// ---- 诉求登记 -------------------------------------------------------------------------------

	@GetMapping("/new")
	@PreAuthorize(AppealApi.HANDLERS)
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Workstation> offered = choices.registrableAt(user);
		model.addAttribute("appealForm",
				AppealForm.empty(queries.today(user), offered.size() == 1 ? offered.get(0).id() : null));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize(AppealApi.HANDLERS)
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@ModelAttribute("appealForm") AppealForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(user, model);
		}
		Appeal appeal;
		try {
			appeal = appeals.register(user, form.registration());
		}
		catch (Problem.Invalid invalid) {
			FormErrors.reject(invalid, errors, FORM_FIELDS);
			return form(user, model);
		}
		redirect.addFlashAttribute("notice", "casework.appeal.notice.registered");
		return "redirect:/appeals/" + appeal.id();
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("workstations", choices.registrableAt(user));
		model.addAttribute("channels", AppealChannel.values());
		model.addAttribute("today", queries.today(user));
		return "casework/appeal-form";
	}

	// ---- the appeal page ----------------------------------------------------------------------

	@GetMapping("/{id}")
	@PreAuthorize(AppealApi.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		AppealView view = queries.get(user, id);
		Appeal appeal = view.appeal();
		ZoneId zone = districts.of(user.districtId()).timeZone();
		model.addAttribute("view", view);
		model.addAttribute("a", appeal);
		model.addAttribute("can", view.actions().stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("timeline", timeline(appeal, zone));
		model.addAttribute("unitKinds", AppealUnitKind.values());
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("today", queries.today(user));
		if (view.actions().contains(cn.lvzhi.casework.AppealAction.PROXY)) {
			model.addAttribute("proxies", choices.proxies(appeal));
		}
		if (model.getAttribute("ratingLink") instanceof String url) {
			model.addAttribute("ratingQr", RatingQrCode.svg(url, 240));
		}
		return "casework/appeal";
	}

	/** One line of the timeline: a step or a follow-up, its time in the district's zone. */
	record TimelineRow(String kind, String status, String by, String at, String note, Instant sortAt) {
	}

	private static List<TimelineRow> timeline(Appeal appeal, ZoneId zone) {
		var rows = new ArrayList<TimelineRow>();
		appeal.history().forEach(h -> rows.add(new TimelineRow(h.action().name(), h.status().name(), h.byUsername(),
				MINUTES.format(h.at().atZone(zone)), h.note(), h.at())));
		appeal.followUps().forEach(f -> rows.add(new TimelineRow("FOLLOW_UP", null, f.byUsername(),
				MINUTES.format(f.at().atZone(zone)), f.note(), f.at())));
		rows.sort(Comparator.comparing(TimelineRow::sortAt));
		return rows;
	}

	// ---- the steps ------------------------------------------------------------------------------

	@PostMapping("/{id}/proxy")
	@PreAuthorize(AppealApi.HANDLERS)
	String proxy(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) Long representativeId, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.proxied", () -> appeals.proxy(user, id, representativeId));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize(AppealApi.HANDLERS)
	String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String handlingUnit, @RequestParam(required = false) String handlingUnitKind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate dueOn, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.assigned",
				() -> appeals.assign(user, id, new AppealAssignment(handlingUnit, handlingUnitKind, dueOn)));
	}

	@PostMapping("/{id}/follow-ups")
	@PreAuthorize(AppealApi.HANDLERS)
	String followUp(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.followed-up", () -> appeals.followUp(user, id, note));
	}

	@PostMapping("/{id}/resolve")
	@PreAuthorize(AppealApi.HANDLERS)
	String resolve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String resolution, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.resolved", () -> appeals.resolve(user, id, resolution));
	}

	@PostMapping("/{id}/rating")
	@PreAuthorize(AppealApi.RATERS)
	String rate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String satisfaction, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.rated", () -> ratings.rate(user, id, satisfaction));
	}

	@PostMapping("/{id}/rating-link")
	@PreAuthorize(AppealApi.RATERS)
	String ratingLink(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.link-issued", () -> {
			AppealRatings.IssuedLink link = ratings.issueLink(user, id);
			// shown once, on the next page: the token is never stored, only its hash
			redirect.addFlashAttribute("ratingLink", org.springframework.web.servlet.support.ServletUriComponentsBuilder
				.fromCurrentContextPath()
				.path("/public/ratings/{token}")
				.buildAndExpand(link.token())
				.toUriString());
			redirect.addFlashAttribute("ratingLinkExpires",
					MINUTES.format(link.expiresAt().atZone(districts.of(user.districtId()).timeZone())));
			return link;
		});
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String reopen(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, redirect, "casework.appeal.notice.reopened", () -> appeals.reopen(user, id, reason));
	}

	/** A step: done, or why not (a message on the appeal page). */
	private String step(long id, RedirectAttributes redirect, String notice, Supplier<?> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem.Conflict | Problem.Invalid problem) {
			redirect.addFlashAttribute("error", text(problem));
		}
		return "redirect:/appeals/" + id;
	}

	private String text(Problem problem) {
		var locale = LocaleContextHolder.getLocale();
		if (problem instanceof Problem.Invalid invalid && !invalid.fields().isEmpty()) {
			return invalid.fields()
				.stream()
				.map(f -> messages.getMessage("casework.appeal.field." + f.field(), null, f.field(), locale) + ":"
						+ messages.getMessage(f.messageKey(), f.args(), f.messageKey(), locale))
				.collect(Collectors.joining(";"));
		}
		return messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
	}
}
