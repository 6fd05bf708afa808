package cn.lvzhi.ledger.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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

import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.shared.CurrentUser;

/**
 * The standings of a cycle as of a day (OFFICE and EVALUATION_GROUP: all or any workstation;
 * WORKSTATION_STAFF: their own workstation only), as JSON or as an Excel workbook.
 */
@RestController
@RequestMapping("/api/v1/standings")
@Tag(name = "Points")
class StandingsApi {

	static final String READERS = "hasAnyRole('OFFICE','EVALUATION_GROUP','WORKSTATION_STAFF')";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Standings standings;

	private final MessageSource messages;

	StandingsApi(Standings standings, MessageSource messages) {
		this.standings = standings;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Standings {year, asOf, rows}: records dated up to asOf (default today) and verified now; "
			+ "rows by community workstation display order, rank in it, name")
	StandingsView standings(@AuthenticationPrincipal CurrentUser user, @Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long workstationId) {
		return standings.forUser(user, year, asOf, workstationId);
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(READERS)
	@Operation(summary = "The same standings as an .xlsx workbook grouped by community workstation; audited")
	void export(@AuthenticationPrincipal CurrentUser user, @Parameter(description = "The cycle (default: this year); out of range: 422", schema = @Schema(type = "integer", format = "int32", minimum = "1900", maximum = "9999")) @RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			@RequestParam(required = false) Long workstationId, HttpServletResponse response) throws IOException {
		StandingsView view = standings.export(user, year, asOf, workstationId);
		var locale = LocaleContextHolder.getLocale();
		String name = messages.getMessage("ledger.standings.file-name", null, locale) + "-" + view.year() + "-"
				+ view.asOf() + ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		StandingsWorkbook.write(view, messages, locale, response.getOutputStream());
	}
}
