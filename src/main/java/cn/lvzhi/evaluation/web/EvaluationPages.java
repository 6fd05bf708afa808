package cn.lvzhi.evaluation.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.CasePolicy;
import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.Complaints;
import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.evaluation.Outcome;
import cn.lvzhi.evaluation.ReviewQueries;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.publication.PublicationStatus;
import cn.lvzhi.publication.Publications;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.Problem;

/**
 * The evaluation group's pages: the inbox (待办) of quarterly lists waiting for approval, of the
 * records the office referred to the group (decided on the record's page) and of open reviews and
 * complaints, oldest first,
 * with their age in working days and the overdue ones flagged; and a page per case with what was
 * asked, the record as it stands, and the decision form (outcome, reason, correction).
 */
@Controller
@RequestMapping("/evaluation")
@PreAuthorize("hasRole('EVALUATION_GROUP')")
class EvaluationPages {

	static final String CASE = "evaluation/case";

	/** How many referred records the inbox lists; the verification list shows them all. */
	static final int REFERRED_SHOWN = 100;

	private static final Map<String, String> DECISION_FIELDS = Map.of("amendment", "amendmentType",
			"amendment.type", "amendmentType", "amendment.points", "amendmentPoints");

	private static final Set<String> FORM_FIELDS = Set.of("outcome", "reason", "amendmentType", "amendmentPoints");

	private final Inbox inbox;

	private final Reviews reviews;

	private final Complaints complaints;

	private final ReviewQueries reviewQueries;

	private final ComplaintQueries complaintQueries;

	private final Activities activities;

	private final Representatives representatives;

	private final CasePages pages;

	private final Publications publications;

	EvaluationPages(Inbox inbox, Reviews reviews, Complaints complaints, ReviewQueries reviewQueries,
			ComplaintQueries complaintQueries, Activities activities, Representatives representatives, CasePages pages,
			Publications publications) {
		this.publications = publications;
		this.inbox = inbox;
		this.reviews = reviews;
		this.complaints = complaints;
		this.reviewQueries = reviewQueries;
		this.complaintQueries = complaintQueries;
		this.activities = activities;
		this.representatives = representatives;
		this.pages = pages;
	}

	@GetMapping
	String inbox(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("items", inbox.open(user));
		model.addAttribute("referred", inbox.referred(user, PageQuery.of(0, REFERRED_SHOWN)));
		model.addAttribute("due", Inbox.DUE_WORKING_DAYS);
		model.addAttribute("drafts", publications.list(user, null)
			.stream()
			.filter(p -> p.status() == PublicationStatus.DRAFT)
			.toList());
		return "evaluation/inbox";
	}

	@GetMapping("/reviews/{id}")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return reviewPage(user, id, model);
	}

	@PostMapping("/reviews/{id}/decide")
	String decideReview(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(errors, redirect, "/evaluation/reviews/" + id, () -> reviewPage(user, id, model),
				() -> reviews.decide(user, id, form.decision()));
	}

	@GetMapping("/complaints/{id}")
	String complaint(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		return complaintPage(user, id, model);
	}

	@PostMapping("/complaints/{id}/decide")
	String decideComplaint(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return decide(errors, redirect, "/evaluation/complaints/" + id, () -> complaintPage(user, id, model),
				() -> complaints.decide(user, id, form.decision()));
	}

	private String decide(BindingResult errors, RedirectAttributes redirect, String url, Supplier<String> page,
			Runnable action) {
		if (errors.hasErrors()) {
			return page.get();
		}
		try {
			action.run();
			redirect.addFlashAttribute("notice", "evaluation.notice.decided");
		}
		catch (Problem.Invalid invalid) {
			pages.reject(invalid, errors, DECISION_FIELDS, FORM_FIELDS);
			return page.get();
		}
		catch (Problem.Conflict refused) {
			// the record no longer allows the correction (or someone decided first): still open
			redirect.addFlashAttribute("error", pages.text(refused));
		}
		// a 403 (a case about the member themself, whose page offers no form) is the error page
		return "redirect:" + url;
	}

	private String reviewPage(CurrentUser user, long id, Model model) {
		ReviewRequest r = reviewQueries.get(user, id);
		ActivityView record = activities.view(user, r.activityId());
		CaseView c = CaseView.ofReview(r, record, pages);
		model.addAttribute("c", c);
		return form(user, c, model);
	}

	private String complaintPage(CurrentUser user, long id, Model model) {
		Complaint c = complaintQueries.get(user, id);
		ActivityView record = c.activityId().map(a -> activities.view(user, a)).orElse(null);
		String name = c.representativeId().flatMap(representatives::find).map(Representative::name).orElse(null);
		CaseView view = CaseView.ofComplaint(c, record, name, ComplaintQueries.contactFor(user, c), pages);
		model.addAttribute("c", view);
		return form(user, view, model);
	}

	/** The case page; the decision form only where the member may decide it ({@link CasePolicy#decides}). */
	private String form(CurrentUser user, CaseView c, Model model) {
		// only the group reaches a case page: a case it does not decide is about the member themself
		model.addAttribute("ownCase", !CasePolicy.decides(user, c.representativeId()));
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", DecisionForm.empty());
		}
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("amendments", Amendment.Type.values());
		return CASE;
	}
}
