package cn.lvzhi.evaluation.web;

import java.net.URI;
import java.time.ZoneId;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.evaluation.CaseStatus;
import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.ComplaintQueries;
import cn.lvzhi.evaluation.Complaints;
import cn.lvzhi.evaluation.TooManySubmissions;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * Questions and complaints (API.md "Reviews and complaints"): submitted by anyone, also without
 * credentials (then at most a few an hour from one address: 429); decided once by the evaluation
 * group; looked up by the complainant with the receipt code.
 */
@RestController
@Tag(name = "Complaints", description = "疑问投诉: questions and complaints from anyone, decided by the evaluation group")
class ComplaintApi {

	private final Complaints complaints;

	private final ComplaintQueries queries;

	private final Districts districts;

	private final MessageSource messages;

	ComplaintApi(Complaints complaints, ComplaintQueries queries, Districts districts, MessageSource messages) {
		this.complaints = complaints;
		this.queries = queries;
		this.districts = districts;
		this.messages = messages;
	}

	@PostMapping("/api/v1/complaints")
	@Operation(summary = "Submit a question or complaint {representativeId?, activityId?, contact?, content} (anyone, "
			+ "also without credentials): 201 {id, status: OPEN, receiptCode, submittedAt}; without credentials at "
			+ "most lvzhi.evaluation.feedback-per-hour (5) an hour from one address, else 429")
	ResponseEntity<CaseResponses.Submitted> submit(@AuthenticationPrincipal CurrentUser user,
			@RequestBody ComplaintBody body, HttpServletRequest request) {
		Complaints.Submitted submitted = complaints.submit(user, request.getRemoteAddr(), body.submission());
		Complaint c = submitted.complaint();
		ZoneId zone = districts.of(c.districtId()).timeZone();
		return ResponseEntity.created(URI.create("/api/v1/complaints/" + c.id()))
			.body(new CaseResponses.Submitted(c.id(), c.status().name(), submitted.receiptCode(),
					CaseResponses.at(c.submittedAt(), zone)));
	}

	@PostMapping("/api/v1/complaints/{id}/decide")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Decide a complaint {outcome, reason, amendment?} (EVALUATION_GROUP): {id, status: DECIDED, "
			+ "outcome}; REVOKE/VERIFY need the complaint's record, ADJUST its representative (else 422); a second "
			+ "decision 409")
	CaseResponses.ComplaintJson decide(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody DecisionRequest body) {
		return CaseResponses.ComplaintJson.of(complaints.decide(user, id, body.decision()), user, zone(user));
	}

	@GetMapping("/api/v1/complaints/{id}")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "One complaint, with the contact in full (EVALUATION_GROUP; the view is audited)")
	CaseResponses.ComplaintJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CaseResponses.ComplaintJson.of(queries.get(user, id), user, zone(user));
	}

	@GetMapping("/api/v1/complaints")
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Complaints of the district, newest first, paged (EVALUATION_GROUP)")
	PageResult<CaseResponses.ComplaintJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) CaseStatus status, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ZoneId zone = zone(user);
		return queries.list(user, status, PageQuery.of(page, size))
			.map(c -> CaseResponses.ComplaintJson.of(c, user, zone));
	}

	@GetMapping("/api/v1/public/complaints/{code}")
	@Operation(summary = "The state of a complaint and the group's answer, by its receipt code (no credentials; "
			+ "contact masked)")
	CaseResponses.Receipt receipt(@PathVariable String code) {
		Complaint c = queries.byReceipt(code)
			.orElseThrow(() -> new Problem.NotFound("evaluation.problem.receipt-unknown"));
		return CaseResponses.Receipt.of(c, districts.of(c.districtId()).timeZone());
	}

	@ExceptionHandler(TooManySubmissions.class)
	ResponseEntity<ProblemDetail> tooMany(TooManySubmissions e) {
		var locale = LocaleContextHolder.getLocale();
		ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(e.messageKey(), new Object[] { e.limit() }, locale));
		body.setTitle(messages.getMessage("evaluation.problem.title.429", null, locale));
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header("Retry-After", "3600")
			.body(body);
	}

	private ZoneId zone(CurrentUser user) {
		return districts.of(user.districtId()).timeZone();
	}
}
