package cn.lvzhi.evaluation.web;

import java.net.URI;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.evaluation.CaseStatus;
import cn.lvzhi.evaluation.ReviewQueries;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.evaluation.Reviews;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Review requests (API.md "Reviews and complaints"): a representative asks about their own
 * record; the evaluation group decides, once.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "复核申请: a representative's request to review a decision on their own record")
class ReviewApi {

	private final Reviews reviews;

	private final ReviewQueries queries;

	private final Districts districts;

	ReviewApi(Reviews reviews, ReviewQueries queries, Districts districts) {
		this.reviews = reviews;
		this.queries = queries;
		this.districts = districts;
	}

	@PostMapping
	@PreAuthorize("hasRole('REPRESENTATIVE')")
	@Operation(summary = "Ask for a review of one's own rejected or verified record {activityId, reason} "
			+ "(REPRESENTATIVE): 201 {id, status: OPEN}; 409 another state, or an open review of the record already")
	ResponseEntity<CaseResponses.Review> request(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ReviewBody body) {
		ReviewRequest review = reviews.request(user, body.activityId(), body.reason());
		return ResponseEntity.created(URI.create("/api/v1/reviews/" + review.id()))
			.body(CaseResponses.Review.of(review, zone(user)));
	}

	@PostMapping("/{id}/decide")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Decide a review {outcome: UPHELD|AMENDED, reason, amendment?: {type: REVOKE|VERIFY|ADJUST, "
			+ "points?}} (EVALUATION_GROUP): {id, status: DECIDED, outcome}; the amendment is carried out in the same "
			+ "transaction; a second decision 409")
	CaseResponses.Review decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DecisionRequest body) {
		return CaseResponses.Review.of(reviews.decide(user, id, body.decision()), zone(user));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('EVALUATION_GROUP','REPRESENTATIVE')")
	@Operation(summary = "One review (EVALUATION_GROUP; a representative their own)")
	CaseResponses.Review get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CaseResponses.Review.of(queries.get(user, id), zone(user));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('EVALUATION_GROUP','REPRESENTATIVE')")
	@Operation(summary = "Reviews, newest first, paged (EVALUATION_GROUP all of the district; a representative their own)")
	PageResult<CaseResponses.Review> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ZoneId zone = zone(user);
		return queries.list(user, status, PageQuery.of(page, size)).map(r -> CaseResponses.Review.of(r, zone));
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
