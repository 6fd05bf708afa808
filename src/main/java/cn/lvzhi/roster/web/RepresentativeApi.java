package cn.lvzhi.roster.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.lvzhi.roster.RepresentativePolicy;
import cn.lvzhi.roster.RepresentativeQueries;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterSheets;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;

/**
 * Representatives: registered, corrected, ended, imported and exported by the office; read by
 * the office and evaluation group (all), workstation staff (their workstation's) and a
 * representative (their own record). Phones are masked for everyone but the office.
 */
@RestController
@RequestMapping("/api/v1/representatives")
@Tag(name = "Roster", description = "党代表工作室与代表名册")
class RepresentativeApi {

	static final String READERS = "hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF','REPRESENTATIVE')";

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final Representatives representatives;

	private final RepresentativeQueries queries;

	private final RosterSheets sheets;

	private final MessageSource messages;

	RepresentativeApi(Representatives representatives, RepresentativeQueries queries, RosterSheets sheets,
			MessageSource messages) {
		this.representatives = representatives;
		this.queries = queries;
		this.sheets = sheets;
		this.messages = messages;
	}

	@PostMapping
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Register a representative (OFFICE); status ACTIVE")
	ResponseEntity<RepresentativeResponse> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody RepresentativeRequest request) {
		var created = RepresentativeResponse.of(representatives.register(user.districtId(), request.details()), user);
		return ResponseEntity.created(URI.create("/api/v1/representatives/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One representative (staff: of their workstation; a representative: themselves)")
	RepresentativeResponse get(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
		var representative = queries.shownTo(user, id);
		return RepresentativeResponse.of(representative, user);
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Representatives by workstation, status and name (q), paged")
	PageResult<RepresentativeResponse> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long workstationId,
			@RequestParam(required = false) RepresentativeStatus status, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		var result = queries.shownTo(user, RepresentativePolicy.filterFor(user, workstationId, status, q), query);
		return result.map(r -> RepresentativeResponse.of(r, user));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Correct a representative's details (OFFICE); a stale version gives 409")
	RepresentativeResponse change(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody RepresentativeRequest request) {
		return RepresentativeResponse.of(
				representatives.change(user.districtId(), id, request.details(), request.version()), user);
	}

	@PostMapping("/{id}/end")
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "End a representative's term (OFFICE); an ended one gives 409")
	RepresentativeResponse end(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @RequestBody EndRequest request) {
		return RepresentativeResponse.of(
				representatives.end(user.districtId(), id, request.endedOn(), request.reason()), user);
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Import representatives from the first sheet of an .xlsx (OFFICE): all rows or none")
	Map<String, Integer> importSheet(@AuthenticationPrincipal CurrentUser user, @RequestPart("file") MultipartFile file)
			throws IOException {
		if (file.getSize() > sheets.importMaxBytes()) {
			throw new Problem.TooLarge("roster.import.too-large", sheets.importMaxBytes() / (1024 * 1024));
		}
		return Map.of("imported", sheets.importSheet(user.districtId(), file.getBytes()));
	}

	@GetMapping("/export")
	@ApiResponse(responseCode = "200", description = "The workbook", content = @Content(
			mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			schema = @Schema(type = "string", format = "binary")))
	@PreAuthorize("hasRole('OFFICE')")
	@Operation(summary = "Export the representatives as .xlsx, same columns as the import (OFFICE)")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Long workstationId,
			@RequestParam(required = false) RepresentativeStatus status, @RequestParam(required = false) String q) {
		byte[] content = sheets.export(RepresentativePolicy.filterFor(user, workstationId, status, q));
		return xlsx(content, messages.getMessage("roster.sheet.file-name", null, LocaleContextHolder.getLocale()));
	}

	static ResponseEntity<byte[]> xlsx(byte[] content, String fileName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(content);
	}
}
