package cn.lvzhi.casework.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lvzhi.casework.CollectiveCaseEntered;
import cn.lvzhi.casework.CollectiveCaseQueries;
import cn.lvzhi.casework.Inspections;
import cn.lvzhi.casework.Upload;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Collective inspections and research (视察调研, item 6; docs/CASEWORK.md "Inspections, inquiries
 * and written opinions"): entered once with the participants (one RECORDED item-6 record each), the
 * report written afterwards (text and file, each once), read by the office, the evaluation group,
 * the participants and their workstations' staff.
 */
@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "Inspections, inquiries, written opinions", description = "视察调研、询问质询、书面意见建议")
class InspectionApi {

	private final Inspections inspections;

	private final CollectiveCaseQueries queries;

	private final CaseResponses responses;

	InspectionApi(Inspections inspections, CollectiveCaseQueries queries, CaseResponses responses) {
		this.inspections = inspections;
		this.queries = queries;
		this.responses = responses;
	}

	@PostMapping
	@PreAuthorize(CaseResponses.ENTERERS)
	@Operation(summary = "Enter an inspection or research (OFFICE; staff for their own representatives) with its "
			+ "participants: one RECORDED item-6 record each, all or none; answers {id, collectiveId, activityIds}")
	ResponseEntity<CollectiveCaseEntered> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody InspectionRequest request) {
		CollectiveCaseEntered created = inspections.create(user, request.details());
		return ResponseEntity.created(URI.create("/api/v1/inspections/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "An inspection with its report and each participant's record (status, points)")
	InspectionResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return InspectionResponse.of(queries.inspection(user, id), responses.zone(user));
	}

	@GetMapping
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "The inspections the user may see (the whole district for the office and the group, "
			+ "those of their workstation's representatives for staff, their own for a representative), newest "
			+ "first, of a year if given, paged")
	PageResult<InspectionResponse.InspectionItem> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.inspections(user, year, PageQuery.of(page, size)).map(InspectionResponse.InspectionItem::of);
	}

	@PostMapping("/{id}/report")
	@PreAuthorize(CaseResponses.FOLLOWERS)
	@Operation(summary = "Write the report's text (the office, a participant, staff of a participant's "
			+ "workstation), once: 409 when written already")
	InspectionResponse report(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestBody ReportRequest request) {
		inspections.report(user, id, request.text());
		return InspectionResponse.of(queries.inspection(user, id), responses.zone(user));
	}

	@PostMapping(path = "/{id}/report/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(CaseResponses.FOLLOWERS)
	@Operation(summary = "Add the report's file (multipart 'file'), once: a photo, PDF or Office document judged by "
			+ "its content; 409 when one is there already, 413 over the size limit, 415 another type, 422 empty")
	InspectionResponse reportFile(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		inspections.attachReport(user, id, new Upload(file.getOriginalFilename(), file.getSize(), file));
		return InspectionResponse.of(queries.inspection(user, id), responses.zone(user));
	}

	@GetMapping("/{id}/report/file")
	@PreAuthorize(CaseResponses.READERS)
	@ApiResponse(responseCode = "200", description = "The file, with the type detected from its content",
			content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@Operation(summary = "Download the report's file: its bytes as an attachment, with the detected content type")
	ResponseEntity<Resource> downloadReport(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CaseResponses.download(inspections.downloadReport(user, id));
	}
}
