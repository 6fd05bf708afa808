package cn.lvzhi.activities.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lvzhi.activities.evidence.Attachment;
import cn.lvzhi.activities.evidence.EvidenceFiles;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * Evidence files of an activity record (API.md "Activity records", Evidence). Added by the
 * representative, their workstation's staff or the office; listed and downloaded by whoever may
 * see the record ({@link ActivityApi#READERS}). Downloads are always attachments with the
 * detected type and {@code nosniff}, so that a browser never renders an uploaded file as a page of
 * this site.
 */
@RestController
@RequestMapping("/api/v1/activities/{activityId}/attachments")
@Tag(name = "Evidence", description = "履职记录的佐证材料(照片、PDF、Office 文档)")
class EvidenceApi {

	static final String UPLOADERS = "hasAnyRole('REPRESENTATIVE','WORKSTATION_STAFF','OFFICE')";

	private final EvidenceFiles evidence;

	EvidenceApi(EvidenceFiles evidence) {
		this.evidence = evidence;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize(UPLOADERS)
	@Operation(summary = "Add an evidence file (multipart 'file'): a photo (JPEG, PNG, GIF, WEBP, HEIC), PDF or "
			+ "Office document judged by its content; 413 over the size limit, 415 another type, 422 empty, "
			+ "409 when the record's state or its number of files does not allow another")
	ResponseEntity<Attachment> add(@AuthenticationPrincipal CurrentUser user, @PathVariable long activityId,
			@RequestPart("file") MultipartFile file) {
		Attachment attachment = evidence.add(user, activityId, file.getOriginalFilename(), file.getSize(), file);
		return ResponseEntity
			.created(URI.create("/api/v1/activities/" + activityId + "/attachments/" + attachment.id()))
			.body(attachment);
	}

	@GetMapping
	@PreAuthorize(ActivityApi.READERS)
	@Operation(summary = "The evidence files of a record, oldest first, paged")
	PageResult<Attachment> list(@AuthenticationPrincipal CurrentUser user, @PathVariable long activityId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return evidence.list(user, activityId, PageQuery.of(page, size));
	}

	@GetMapping("/{attachmentId}")
	@ApiResponse(responseCode = "200", description = "The file, with the type detected from its content",
			content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
	@PreAuthorize(ActivityApi.READERS)
	@Operation(summary = "Download an evidence file: its bytes as an attachment, with the detected content type")
	ResponseEntity<Resource> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long activityId,
			@PathVariable long attachmentId) {
		var download = evidence.download(user, activityId, attachmentId);
		Attachment attachment = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.empty().cachePrivate())
			.body(download.content());
	}
}
