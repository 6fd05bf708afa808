package cn.lvzhi.casework.web;

import java.net.URI;

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

import cn.lvzhi.casework.CollectiveCaseEntered;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inquiries;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Inquiries and questioning of a department (询问 / 质询, item 10; docs/CASEWORK.md): entered once
 * with the participants (one RECORDED item-10 record each), the department's answer then or
 * afterwards, once; read by the office, the evaluation group, the participants and their
 * workstations' staff.
 */
@RestController
@RequestMapping("/api/v1/inquiries")
@Tag(name = "Inspections, inquiries, written opinions")
class InquiryApi {

	private final Inquiries inquiries;

	private final CollectiveCaseQueries queries;

	private final CaseResponses responses;

	InquiryApi(Inquiries inquiries, CollectiveCaseQueries queries, CaseResponses responses) {
		this.inquiries = inquiries;
		this.queries = queries;
		this.responses = responses;
	}

	@PostMapping
	@PreAuthorize(CaseResponses.ENTERERS)
	@Operation(summary = "Enter an inquiry or questioning (kind INQUIRY 询问 or QUESTIONING 质询; OFFICE; staff for "
			+ "their own representatives) with its participants: one RECORDED item-10 record each, all or none; "
			+ "the answer may come now or later; answers {id, collectiveId, activityIds}; an unknown kind is 422")
	ResponseEntity<CollectiveCaseEntered> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody InquiryRequest request) {
		CollectiveCaseEntered created = inquiries.create(user, request.details());
		return ResponseEntity.created(URI.create("/api/v1/inquiries/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "An inquiry with its answer and each participant's record (status, points)")
	InquiryResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return InquiryResponse.of(queries.inquiry(user, id), responses.zone(user));
	}

	@GetMapping
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "The inquiries the user may see, newest first, of a year and a kind if given, paged")
	PageResult<InquiryResponse.InquiryItem> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String kind,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.inquiries(user, year, kind, PageQuery.of(page, size)).map(InquiryResponse.InquiryItem::of);
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	@Operation(summary = "Write down the department's answer (the office, a participant, staff of a participant's "
			+ "workstation), once: 409 when answered already")
	InquiryResponse answer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody AnswerRequest request) {
		inquiries.answer(user, id, request.answer());
		return InquiryResponse.of(queries.inquiry(user, id), responses.zone(user));
	}
}
