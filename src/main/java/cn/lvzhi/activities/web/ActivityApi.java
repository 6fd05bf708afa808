package cn.lvzhi.activities.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityQuery;
import cn.lvzhi.activities.ActivitySearch;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.activities.BatchOutcome;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * Activity records (API.md "Activity records"): reported by representatives, recorded by their
 * workstation, verified, returned or rejected by the office — or, hard to judge, referred by the
 * office to the evaluation group, who then verify, reject or return them — and revoked by the
 * evaluation group.
 * Every transition answers the whole record as it now stands (so {@code verify} gives
 * {@code {id, status: "VERIFIED", points, ...}}).
 */
@RestController
@RequestMapping("/api/v1/activities")
@Tag(name = "Activities", description = "履职记录: report, record, verify, return, reject, refer, revoke")
class ActivityApi {

	static final String READERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE','EVALUATION_GROUP')";

	private final Activities activities;

	private final ActivitySearch search;

	private final Districts districts;

	private final MessageSource messages;

	ActivityApi(Activities activities, ActivitySearch search, Districts districts, MessageSource messages) {
		this.activities = activities;
		this.search = search;
		this.districts = districts;
		this.messages = messages;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')")
	@Operation(summary = "Report (a representative, own record: SUBMITTED) or enter (staff of the representative's "
			+ "workstation, the office: RECORDED) an activity")
	ResponseEntity<ActivityResponse> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ActivityRequest request) {
		ActivityRecord record = activities.create(user, request.representativeId(), request.details());
		return ResponseEntity.created(URI.create("/api/v1/activities/" + record.id())).body(view(user, record));
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One record with its points, history and likely duplicates")
	ActivityResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return ActivityResponse.of(activities.view(user, id), zone(user));
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Records the user may see, newest day first, paged: a representative their own, staff "
			+ "their workstation's, the office and the evaluation group all")
	PageResult<ActivityResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long representativeId,
			@RequestParam(required = false) ActivityStatus status,
			@Parameter(description = "The cycle; out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long workstationId, @RequestParam(required = false) Integer itemCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		ZoneId zone = zone(user);
		return search
			.search(user, new ActivityQuery(representativeId, status, year, workstationId, itemCode, from, to), query)
			.map(v -> ActivityResponse.of(v, zone));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF')")
	@Operation(summary = "Amend a returned record (the representative or their workstation's staff): back to SUBMITTED")
	ActivityResponse amend(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ActivityRequest request) {
		return view(user, activities.amend(user, id, request.details()));
	}

	@PostMapping("/{id}/record")
	@PreAuthorize("hasRole('WORKSTATION_STAFF')")
	@Operation(summary = "Record a reported activity and forward it to the office (staff of the representative's workstation)")
	ActivityResponse record(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return view(user, activities.record(user, id));
	}

	@PostMapping("/{id}/verify")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "Verify and score a recorded activity (OFFICE), or a rejected one after review or a "
			+ "REFERRED one with {reason} (EVALUATION_GROUP); answers {id, status: VERIFIED, points, ...}")
	ActivityResponse verify(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody(required = false) ReasonRequest request) {
		return view(user, activities.verify(user, id, request == null ? null : request.reason()));
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "Reject a reported or recorded activity (OFFICE), or a REFERRED one (EVALUATION_GROUP, "
			+ "and only they), with {reason}")
	ActivityResponse reject(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return view(user, activities.reject(user, id, request.reason()));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasAnyRole('OFFICE','EVALUATION_GROUP')")
	@Operation(summary = "Return a recorded activity (OFFICE), or a REFERRED one (EVALUATION_GROUP, and only they), "
			+ "for more information with {reason}")
	ActivityResponse returnForInformation(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return view(user, activities.returnForInformation(user, id, request.reason()));
	}

	@PostMapping("/{id}/refer")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Refer a recorded activity that is hard to judge (难以评定) to the evaluation group with "
			+ "{reason} (OFFICE): REFERRED, which the group then verifies, rejects or returns (DOMAIN.md 12)")
	ActivityResponse refer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return view(user, activities.refer(user, id, request.reason()));
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Revoke a verified record with {reason} (EVALUATION_GROUP); its points are reversed")
	ActivityResponse revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReasonRequest request) {
		return view(user, activities.revoke(user, id, request.reason()));
	}

	@PostMapping("/verify")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Verify many records (OFFICE): each on its own, answered per id {results: [{id, status, "
			+ "points} or {id, error: {status, detail}}]}")
	BatchResponse verifyAll(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody IdsRequest request) {
		return batch(activities.verifyAll(user, request.ids()));
	}

	@PostMapping("/record")
	@PreAuthorize("hasRole('WORKSTATION_STAFF')")
	@Operation(summary = "Record many reported activities (staff): each on its own, answered per id")
	BatchResponse recordAll(@AuthenticationPrincipal CurrentUser user, @Valid @RequestBody IdsRequest request) {
		return batch(activities.recordAll(user, request.ids()));
	}

	/** The outcome of a batch: one result per distinct id, in the order asked. */
	record BatchResponse(int succeeded, int failed, List<Result> results) {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Result(long id, String status, Integer points, Map<String, Object> error) {
	}

	private BatchResponse batch(List<BatchOutcome> outcomes) {
		var locale = LocaleContextHolder.getLocale();
		var results = outcomes.stream().map(o -> o.failure().map(p -> new Result(o.id(), null, null,
				Map.<String, Object>of("status", statusOf(p), "detail",
						messages.getMessage(p.messageKey(), p.args(), p.messageKey(), locale))))
			.orElseGet(() -> new Result(o.id(), o.status().name(), o.points(), null))).toList();
		int ok = (int) outcomes.stream().filter(BatchOutcome::succeeded).count();
		return new BatchResponse(ok, outcomes.size() - ok, results);
	}

	static int statusOf(Problem problem) {
		if (problem instanceof Problem.NotFound) {
			return 404;
		}
		if (problem instanceof Problem.Conflict) {
			return 409;
		}
		if (problem instanceof Problem.Invalid) {
			return 422;
		}
		if (problem instanceof Problem.Forbidden) {
			return 403;
		}
		return problem instanceof Problem.TooLarge ? 413 : 415;
	}

	private ActivityResponse view(CurrentUser user, ActivityRecord record) {
		return ActivityResponse.of(activities.view(user, record.id()), zone(user));
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
