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
import cn.lvzhi.casework.Upload;
import cn.lvzhi.casework.WrittenOpinions;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Written opinions on supervision (书面意见建议, item 11; docs/CASEWORK.md): entered once with the
 * representatives who wrote them (one RECORDED item-11 record each), their document added as a
 * file, once; read by the office, the evaluation group, the participants and their workstations'
 * staff.
 */
@RestController
@RequestMapping("/api/v1/written-opinions")
@Tag(name = "Inspections, inquiries, written opinions")
class WrittenOpinionApi {

	private final WrittenOpinions opinions;

	private final CollectiveCaseQueries queries;

	private final CaseResponses responses;

	WrittenOpinionApi(WrittenOpinions opinions, CollectiveCaseQueries queries, CaseResponses responses) {
		this.opinions = opinions;
		this.queries = queries;
		this.responses = responses;
	}

	@PostMapping
	@PreAuthorize(CaseResponses.ENTERERS)
	@Operation(summary = "Enter a written opinion (OFFICE; staff for their own representatives) with the "
			+ "representatives who wrote it: one RECORDED item-11 record each, all or none; its document follows "
			+ "at .../document; answers {id, collectiveId, activityIds}")
	ResponseEntity<CollectiveCaseEntered> create(@AuthenticationPrincipal CurrentUser user,
			@RequestBody WrittenOpinionRequest request) {
		CollectiveCaseEntered created = opinions.create(user, request.details(), null);
		return ResponseEntity.created(URI.create("/api/v1/written-opinions/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "A written opinion with its document and each participant's record (status, points)")
	WrittenOpinionResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return WrittenOpinionResponse.of(queries.writtenOpinion(user, id), responses.zone(user));
	}

	@GetMapping
	@PreAuthorize(CaseResponses.READERS)
	@Operation(summary = "The written opinions the user may see, newest first, of a year if given, paged")
	PageResult<WrittenOpinionResponse.WrittenOpinionItem> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return queries.writtenOpinions(user, year, PageQuery.of(page, size))
			.map(WrittenOpinionResponse.WrittenOpinionItem::of);
	}

	@PostMapping(path = "/{id}/document", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(CaseResponses.FOLLOWERS)
	@Operation(summary = "Add the opinion's document (multipart 'file'; the office, a participant, staff of a "
			+ "participant's workstation), once: a photo, PDF or Office document judged by its content; 409 when "
			+ "one is there already, 413 over the size limit, 415 another type, 422 empty")
	WrittenOpinionResponse document(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@RequestPart("file") MultipartFile file) {
		opinions.attach(user, id, new Upload(file.getOriginalFilename(), file.getSize(), file));
		return WrittenOpinionResponse.of(queries.writtenOpinion(user, id), responses.zone(user));
	}

	@GetMapping("/{id}/document")
	@PreAuthorize(CaseResponses.READERS)
	@ApiResponse(responseCode = "200", description = "The file, with the type detected from its content",
			content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@Operation(summary = "Download the opinion's document: its bytes as an attachment, with the detected content type")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		return CaseResponses.download(opinions.download(user, id));
	}
}
