package cn.lvzhi.evaluation.web;

import java.util.Map;
import java.util.Set;

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

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.evaluation.CasePolicy;
import cn.lvzhi.evaluation.CaseStatus;
import cn.lvzhi.evaluation.ReviewQueries;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * A representative's review pages: the request form (申请复核), opened from their own rejected or
 * verified record, and 我的复核 — their requests with the state, the group's answer and the
 * record's points as they are now.
 */
@Controller
@RequestMapping("/reviews")
@PreAuthorize("hasRole('REPRESENTATIVE')")
class ReviewPages {

	private final Reviews reviews;

	private final ReviewQueries queries;

	private final Activities activities;

	private final CasePages pages;

	ReviewPages(Reviews reviews, ReviewQueries queries, Activities activities, CasePages pages) {
		this.reviews = reviews;
		this.queries = queries;
		this.activities = activities;
		this.pages = pages;
	}

	@GetMapping("/new")
	String initCreationForm(@AuthenticationPrincipal CurrentUser user, @RequestParam long activityId, Model model) {
		model.addAttribute("reviewForm", new ReviewForm(activityId, null));
		return form(user, activityId, model);
	}

	@PostMapping("/new")
	String processCreationForm(@AuthenticationPrincipal CurrentUser user,
			@Valid @ModelAttribute("reviewForm") ReviewForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (form.activityId() == null) {
			throw new Problem.NotFound("activities.problem.not-found", "");
		}
		if (errors.hasErrors()) {
			return form(user, form.activityId(), model);
		}
		try {
			reviews.request(user, form.activityId(), form.reason());
		}
		catch (Problem.Invalid invalid) {
			pages.reject(invalid, errors, Map.of(), Set.of("reason"));
			return form(user, form.activityId(), model);
		}
		catch (Problem.Conflict conflict) {
			model.addAttribute("error", pages.text(conflict));
			return form(user, form.activityId(), model);
		}
		redirect.addFlashAttribute("notice", "evaluation.notice.requested");
		return "redirect:/reviews/mine";
	}

	private String form(CurrentUser user, long activityId, Model model) {
		ActivityView record = activities.view(user, activityId);
		CasePolicy.requireOwnRecord(user, record.record().representativeId());
		model.addAttribute("view", record);
		model.addAttribute("reviewable", CasePolicy.reviewable(record.record().status()));
		model.addAttribute("alreadyOpen", reviews.underReview(activityId));
		return "evaluation/review-form";
	}

	@GetMapping("/mine")
	String mine(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer page,
			Model model) {
		PageResult<ReviewRequest> result = queries.list(user, null, PageQuery.of(page, 20));
		model.addAttribute("result", result);
		model.addAttribute("reviews", result.items().stream().map(r -> view(user, r)).toList());
		model.addAttribute("base", "/reviews/mine");
		return "evaluation/mine";
	}

	/** The representative's home: how many of their reviews wait for an answer and how many are answered (htmx). */
	@GetMapping("/summary")
	String summary(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("open", queries.list(user, CaseStatus.OPEN, PageQuery.of(0, 1)).total());
		model.addAttribute("answered", queries.list(user, CaseStatus.DECIDED, PageQuery.of(0, 1)).total());
		return "evaluation/fragments :: summary";
	}

	private CaseView view(CurrentUser user, ReviewRequest r) {
		ActivityView record = activities.view(user, r.activityId());
		return CaseView.ofReview(r, record, pages);
	}
}
