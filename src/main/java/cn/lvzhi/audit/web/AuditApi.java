package cn.lvzhi.audit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.audit.AuditEntry;
import cn.lvzhi.audit.AuditFilter;
import cn.lvzhi.audit.AuditTrail;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail for the auditor: read with filters, newest first, or export to Excel. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
@Tag(name = "Audit", description = "The append-only audit trail (AUDITOR only)")
class AuditApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final AuditTrail trail;

	private final MessageSource messages;

	private final Clock clock;

	AuditApi(AuditTrail trail, MessageSource messages, Clock clock) {
		this.trail = trail;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Audit entries matching the filters, newest first; from/to are days (inclusive)")
	PageResult<AuditEntry> search(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		var filter = new AuditFilter(from, to, username, action, recordType, recordId);
		return trail.search(user.districtId(), filter, PageQuery.of(page, size));
	}

	@GetMapping("/export")
	@ApiResponse(responseCode = "200", description = "The workbook",
			content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
	@Operation(summary = "The matching audit entries as an Excel workbook (.xlsx); the export is audited too")
	void export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String username, @RequestParam(required = false) String action,
			@RequestParam(required = false) String recordType, @RequestParam(required = false) String recordId,
			HttpServletResponse response) throws IOException {
		var filter = new AuditFilter(from, to, username, action, recordType, recordId);
		writeWorkbook(trail, messages, clock, user, filter, response);
	}

	static void writeWorkbook(AuditTrail trail, MessageSource messages, Clock clock, CurrentUser user,
			AuditFilter filter, HttpServletResponse response) throws IOException {
		var locale = LocaleContextHolder.getLocale();
		String name = messages.getMessage("audit.export.filename", null, locale) + "-"
				+ clock.instant().atZone(trail.zone(user.districtId())).toLocalDate() + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		AuditWorkbook.write(trail, user.districtId(), filter, messages, locale, response.getOutputStream());
	}
}
