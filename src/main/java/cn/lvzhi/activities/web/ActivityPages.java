package cn.lvzhi.activities.web;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

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

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityAction;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.activities.ReviewsInProgress;
import cn.lvzhi.activities.evidence.EvidenceFiles;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * A record's pages: the report form (a representative's own, or entered for a representative by
 * their workstation's staff or the office) with evidence files, and the record page — status,
 * details, points, history with reasons, evidence, and only the actions the user may take, each a
 * small form that calls {@link Activities} (the office's referral of a record to the evaluation
 * group, and the group's decision on it, among them). A decision that no longer fits the record (someone
 * else acted first) comes back as a message on the record page.
 */
@Controller
@RequestMapping("/activities")
class ActivityPages {

	static final String FORM = "activities/form";

	static final String RECORD = "activities/record";

	private static final Set<String> FORM_FIELDS = Set.of("representativeId", "itemCode", "occurredOn", "title",
			"description", "place", "hours", "satisfaction");

	private static final String[] REASON_FORMS = { "rejectForm", "returnForm", "revokeForm", "reviewForm",
			"referForm" };

	private final Activities activities;

	private final EvidenceFiles evidence;

	private final EvidenceUploads uploads;

	private final ReviewsInProgress reviews;

	private final Representatives representatives;

	private final ActivityPageSupport support;

	ActivityPages(Activities activities, EvidenceFiles evidence, EvidenceUploads uploads, ReviewsInProgress reviews,
			Representatives representatives, ActivityPageSupport support) {
		this.activities = activities;
		this.evidence = evidence;
		this.uploads = uploads;
		this.reviews = reviews;
		this.representatives = representatives;
		this.support = support;
	}

	// ---- reporting ------------------------------------------------------------------------------

	@GetMapping("/new")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long representativeId, Model model) {
		ActivityForm empty = ActivityForm.empty(support.today(user));
		model.addAttribute("activityForm", new ActivityForm(representativeId, null, empty.occurredOn(), null, null,
				null, null, null));
		return form(user, model);
	}

	@PostMapping("/new")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect) {
		Long representativeId = form.representativeId() != null ? form.representativeId()
				: user.has(Role.REPRESENTATIVE) ? user.representativeId().orElse(null) : null;
		if (representativeId == null && !errors.hasFieldErrors("representativeId")) {
			errors.rejectValue("representativeId", "validation.required", "validation.required");
		}
		if (errors.hasErrors()) {
			return form(user, model);
		}
		ActivityRecord record;
		try {
			record = activities.create(user, representativeId, form.details());
		}
		catch (Problem.Invalid invalid) {
			support.reject(invalid, errors, FORM_FIELDS);
			return form(user, model);
		}
		uploads.add(user, record.id(), files, redirect);
		redirect.addFlashAttribute("notice", record.status() == ActivityStatus.SUBMITTED
				? "activities.notice.reported" : "activities.notice.entered");
		return "redirect:/activities/" + record.id();
	}

	private String form(CurrentUser user, Model model) {
		model.addAttribute("groups", support.entryCatalogue(user.districtId(), support.today(user)));
		model.addAttribute("representatives", support.enterableFor(user));
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("today", support.today(user));
		return FORM;
	}

	// ---- the record page ------------------------------------------------------------------------

	@GetMapping("/{id}")
	@PreAuthorize(ActivityApi.READERS)
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return page(user, id, model);
	}

	private String page(CurrentUser user, long id, Model model) {
		ActivityView view = activities.view(user, id);
		ActivityRecord record = view.record();
		Representative representative = representatives.getFor(user, record.representativeId());
		Set<ActivityAction> actions = ActivityAction.of(user, record, representative.hasStaff(user),
				reviews.underReview(record.id()));
		model.addAttribute("view", view);
		model.addAttribute("r", record);
		model.addAttribute("item", support.item(record.districtId(), record.itemCode(), record.occurredOn()).orElse(null));
		model.addAttribute("can", actions.stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("history", support.history(record, support.zone(user)));
		model.addAttribute("attachments", evidence.list(user, id, PageQuery.of(0, 100)).items());
		for (String name : REASON_FORMS) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, ReasonForm.empty());
			}
		}
		if (actions.contains(ActivityAction.AMEND)) {
			if (!model.containsAttribute("activityForm")) {
				model.addAttribute("activityForm", ActivityForm.of(record));
			}
			// A record from casework keeps its item; any other may not move to one of casework's.
			model.addAttribute("groups", record.source().isPresent() ? support.catalogue(user.districtId(), support.today(user))
					: support.entryCatalogue(user.districtId(), support.today(user)));
			model.addAttribute("satisfactions", Satisfaction.values());
			model.addAttribute("today", support.today(user));
		}
		return RECORD;
	}

	// ---- actions ----------------------------------------------------------------------------------

	@PostMapping("/{id}/record")
	@PreAuthorize("hasRole('WORKSTATION_STAFF')")
	String record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "activities.notice.recorded", () -> activities.record(user, id));
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize("hasRole('OFFICE')")
	String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "activities.notice.verified", () -> activities.verify(user, id, null));
	}

	@PostMapping("/{id}/verify-after-review")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String verifyAfterReview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("reviewForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, errors, model, redirect, "activities.notice.verified",
				() -> activities.verify(user, id, form.reason()));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	String reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("rejectForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, errors, model, redirect, "activities.notice.rejected",
				() -> activities.reject(user, id, form.reason()));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	String returnForInformation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("returnForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, errors, model, redirect, "activities.notice.returned",
				() -> activities.returnForInformation(user, id, form.reason()));
	}

	@PostMapping("/{id}/refer")
	@PreAuthorize("hasRole('OFFICE')")
	String refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("referForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, errors, model, redirect, "activities.notice.referred",
				() -> activities.refer(user, id, form.reason()));
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("revokeForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(user, id, errors, model, redirect, "activities.notice.revoked",
				() -> activities.revoke(user, id, form.reason()));
	}

	@PostMapping("/{id}/amend")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF')")
	String amend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return page(user, id, model);
		}
		try {
			activities.amend(user, id, form.details());
		}
		catch (Problem.Invalid invalid) {
			support.reject(invalid, errors, FORM_FIELDS);
			return page(user, id, model);
		}
		catch (Problem.Conflict conflict) {
			redirect.addFlashAttribute("error", support.text(conflict));
			return "redirect:/activities/" + id;
		}
		redirect.addFlashAttribute("notice", "activities.notice.amended");
		return "redirect:/activities/" + id;
	}

	@PostMapping("/{id}/evidence")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')")
	String addEvidence(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		activities.getFor(user, id);
		if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
			redirect.addFlashAttribute("error", support.text("activities.evidence.choose"));
		}
		else if (uploads.add(user, id, files, redirect) > 0) {
			redirect.addFlashAttribute("notice", "activities.notice.evidence-added");
		}
		return "redirect:/activities/" + id;
	}

	/** A decision without a reason: done, or why not (a message on the record page). */
	private String act(long id, RedirectAttributes redirect, String notice, Supplier<ActivityRecord> action) {
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem.Conflict | Problem.Invalid problem) {
			redirect.addFlashAttribute("error", support.text(problem));
		}
		return "redirect:/activities/" + id;
	}

	/** A decision with a reason: a missing reason is shown next to its field. */
	private String decide(CurrentUser user, long id, BindingResult errors, Model model, RedirectAttributes redirect,
			String notice, Supplier<ActivityRecord> action) {
		if (errors.hasErrors()) {
			model.addAttribute("error", support.text("activities.reason.missing"));
			return page(user, id, model);
		}
		try {
			action.get();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (Problem.Invalid invalid) {
			if (invalid.fields().stream().anyMatch(f -> f.field().equals("reason"))) {
				support.reject(invalid, errors, Set.of("reason"));
				return page(user, id, model);
			}
			redirect.addFlashAttribute("error", support.text(invalid));
		}
		catch (Problem.Conflict conflict) {
			redirect.addFlashAttribute("error", support.text(conflict));
		}
		return "redirect:/activities/" + id;
	}
}
