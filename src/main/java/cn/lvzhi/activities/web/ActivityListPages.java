package cn.lvzhi.activities.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityQuery;
import cn.lvzhi.activities.ActivitySearch;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.activities.CollectiveActivities;
import cn.lvzhi.activities.CollectiveActivity;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * The lists of records each role works from: a representative's own records, the workstation's
 * queue of reports to record and forward (one or many), the office's verification queue
 * (filters, paging, likely duplicates, verify many; the records referred to the evaluation group
 * counted apart, as waiting for the group), and the collective activity form. Who sees
 * which records is decided by {@link ActivitySearch}.
 */
@Controller
@RequestMapping("/activities")
class ActivityListPages {

	private static final int PAGE_SIZE = 20;

	private static final Set<String> COLLECTIVE_FIELDS = Set.of("itemCode", "occurredOn", "title", "description",
			"participantIds");

	private final Activities activities;

	private final ActivitySearch search;

	private final CollectiveActivities collectives;

	private final Workstations workstations;

	private final ActivityPageSupport support;

	ActivityListPages(Activities activities, ActivitySearch search, CollectiveActivities collectives,
			Workstations workstations, ActivityPageSupport support) {
		this.activities = activities;
		this.search = search;
		this.collectives = collectives;
		this.workstations = workstations;
		this.support = support;
	}

	/** {@code null} (not asked): the default; blank: every status; otherwise that status. */
	private static Optional<ActivityStatus> status(String asked, ActivityStatus fallback) {
		if (asked == null) {
			return Optional.ofNullable(fallback);
		}
		try {
			return asked.isBlank() ? Optional.empty() : Optional.of(ActivityStatus.valueOf(asked));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.ofNullable(fallback);
		}
	}

	// ---- a representative's own records -----------------------------------------------------------

	@GetMapping("/mine")
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page, Model model) {
		Long self = user.representativeId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		ActivityStatus shown = status(status, null).orElse(null);
		PageResult<ActivityView> result = search.search(user,
				new ActivityQuery(self, shown, year, null, null, null, null), PageQuery.of(page, PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("status", shown);
		model.addAttribute("year", year);
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/activities/mine")
			.queryParamIfPresent("status", Optional.ofNullable(shown))
			.queryParamIfPresent("year", Optional.ofNullable(year))
			.build()
			.toUriString());
		return "activities/mine";
	}

	// ---- the workstation's queue ---------------------------------------------------------------------

	@GetMapping("/queue")
	@PreAuthorize("hasRole('WORKSTATION_STAFF')")
	String queue(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Integer page, Model model) {
		Long own = user.workstationId().orElseThrow(() -> new Problem.Forbidden("problem.forbidden"));
		ActivityStatus shown = status(status, ActivityStatus.SUBMITTED).orElse(null);
		PageResult<ActivityView> result = search.search(user,
				new ActivityQuery(null, shown, null, own, null, null, null), PageQuery.of(page, PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("workstation", workstations.get(user.districtId(), own));
		model.addAttribute("base", UriComponentsBuilder.fromPath("/activities/queue")
			.queryParam("status", shown == null ? "" : shown.name())
			.build()
			.toUriString());
		return "activities/queue";
	}

	@PostMapping("/queue/record")
	@PreAuthorize("hasRole('WORKSTATION_STAFF')")
	String recordAll(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
		batch(ids, redirect, () -> activities.recordAll(user, ids));
		return "redirect:/activities/queue";
	}

	// ---- the office's verification queue -----------------------------------------------------------

	@GetMapping("/verification")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	String verification(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String status,
			@RequestParam(required = false) Long workstationId, @RequestParam(required = false) Integer itemCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
			HttpServletResponse response, Model model) {
		ActivityStatus shown = status(status, ActivityStatus.RECORDED).orElse(null);
		PageResult<ActivityView> result = search.search(user,
				new ActivityQuery(null, shown, null, workstationId, itemCode, from, to), PageQuery.of(page, PAGE_SIZE));
		model.addAttribute("result", result);
		model.addAttribute("status", shown);
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("workstations", workstations.inDisplayOrder(user.districtId()));
		model.addAttribute("workstationId", workstationId);
		model.addAttribute("itemCode", itemCode);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("groups", support.catalogue(user.districtId(), support.today(user)));
		model.addAttribute("batch", shown == ActivityStatus.RECORDED
				&& user.has(cn.lvzhi.shared.Role.OFFICE));
		// referred records wait for the evaluation group: counted apart, never in the office's batch
		model.addAttribute("referred", shown == ActivityStatus.REFERRED ? result.total()
				: search.search(user, new ActivityQuery(null, ActivityStatus.REFERRED, null, null, null, null, null),
						PageQuery.of(0, 1)).total());
		model.addAttribute("base", UriComponentsBuilder.fromPath("/activities/verification")
			.queryParam("status", shown == null ? "" : shown.name())
			.queryParamIfPresent("workstationId", Optional.ofNullable(workstationId))
			.queryParamIfPresent("itemCode", Optional.ofNullable(itemCode))
			.queryParamIfPresent("from", Optional.ofNullable(from))
			.queryParamIfPresent("to", Optional.ofNullable(to))
			.build()
			.toUriString());
		response.addHeader("Vary", "HX-Request");
		return htmx != null && historyRestore == null ? "activities/verification :: results"
				: "activities/verification";
	}

	@PostMapping("/verification/verify")
	@PreAuthorize("hasRole('OFFICE')")
	String verifyAll(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes redirect) {
		batch(ids, redirect, () -> activities.verifyAll(user, ids));
		return "redirect:/activities/verification";
	}

	private void batch(List<Long> ids, RedirectAttributes redirect,
			java.util.function.Supplier<List<cn.lvzhi.activities.BatchOutcome>> action) {
		if (ids == null || ids.isEmpty()) {
			redirect.addFlashAttribute("error", support.text("activities.batch.none"));
			return;
		}
		ActivityPageSupport.BatchSummary summary = support.summary(action.get());
		redirect.addFlashAttribute("batchDone", summary.done());
		redirect.addFlashAttribute("batchFailures", summary.failures());
	}

	// ---- collective activities ------------------------------------------------------------------------

	@GetMapping("/collective")
	@PreAuthorize("hasAnyRole('WORKSTATION_STAFF','OFFICE')")
	String initCollectiveForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("collectiveForm", CollectiveForm.empty(support.today(user)));
		return collective(user, model);
	}

	@PostMapping("/collective")
	@PreAuthorize("hasAnyRole('WORKSTATION_STAFF','OFFICE')")
	String processCollectiveForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("collectiveForm") CollectiveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return collective(user, model);
		}
		try {
			CollectiveActivity created = collectives.create(user, form.details());
			redirect.addFlashAttribute("collectiveCreated", created.activityIds().size());
			return user.has(cn.lvzhi.shared.Role.OFFICE) ? "redirect:/activities/verification"
					: "redirect:/activities/queue?status=RECORDED";
		}
		catch (Problem.Invalid invalid) {
			support.reject(invalid, errors, COLLECTIVE_FIELDS);
			return collective(user, model);
		}
	}

	private String collective(CurrentUser user, Model model) {
		model.addAttribute("groups", support.entryCatalogue(user.districtId(), support.today(user)));
		model.addAttribute("representatives", support.enterableFor(user));
		model.addAttribute("today", support.today(user));
		return "activities/collective";
	}
}
