package cn.lvzhi.yearend.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.standard.Category;
import cn.lvzhi.yearend.Assessment;
import cn.lvzhi.yearend.Assessment.Counts;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndEvaluations;
import cn.lvzhi.yearend.YearEndOverviews;
import cn.lvzhi.yearend.YearEndSheets;

/**
 * The year-end evaluation (年终评议) over HTTP: the overview of a year (EVALUATION_GROUP, OFFICE)
 * and its Excel export, one representative's year (also the representative themselves), the
 * evaluation group's recording of it (PUT with the version seen), and the annual statement PDF.
 */
@RestController
@RequestMapping("/api/v1/year-end/{year}")
@Tag(name = "Year-end evaluation", description = "年终评议: 年终积分与排名、评议结果、年度履职报告单")
public class YearEndApi {

	static final String OVERVIEW_READERS = "hasAnyRole('EVALUATION_GROUP','OFFICE')";

	static final String READERS = "hasAnyRole('EVALUATION_GROUP','OFFICE','REPRESENTATIVE')";

	/** What the year-end operations check of their year (YearEndCalendar.check). */
	static final String YEAR = "From 2000 to this year in the district; out of range: 422";

	/** The export's content type; public for the module's API tests in its root package. */
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final YearEndOverviews overviews;

	private final YearEndSheets sheets;

	private final YearEndEvaluations evaluations;

	private final AnnualStatement statements;

	private final MessageSource messages;

	YearEndApi(YearEndOverviews overviews, YearEndSheets sheets, YearEndEvaluations evaluations,
			AnnualStatement statements, MessageSource messages) {
		this.overviews = overviews;
		this.sheets = sheets;
		this.evaluations = evaluations;
		this.statements = statements;
		this.messages = messages;
	}

	record Row(long representativeId, String name, long workstationId, String workstationName, int total,
			Map<Category, Integer> byCategory, int adjustments, int rankInWorkstation, int rankOverall, @Nullable String grade,
			boolean evaluated, @Nullable Integer version) {
	}

	record OverviewResponse(int year, LocalDate asOf, boolean yearOver, boolean closed, @Nullable Long workstationId, Map<Grade, Integer> grades,
			int ungraded, List<Row> rows) {
	}

	record CountsBody(@Nullable Integer satisfied, @Nullable Integer basicallySatisfied, @Nullable Integer dissatisfied) {

		static CountsBody of(Counts counts) {
			return new CountsBody(counts.satisfied(), counts.basicallySatisfied(), counts.dissatisfied());
		}
	}

	record Change(int version, String by, OffsetDateTime at, String summary, List<String> fields) {
	}

	record EvaluationBody(int version, CountsBody members, CountsBody constituents, boolean reportToElectoralUnit,
			boolean reportToCommunity, @Nullable Grade grade, @Nullable String rewards, @Nullable String penalties,
			@Nullable String exitRecommendation, @Nullable String updatedBy, @Nullable OffsetDateTime updatedAt,
			List<Change> history) {
	}

	record Item(int itemCode, String title, Category category, List<Integer> quarters, int total) {
	}

	record RepresentativeYear(int year, LocalDate asOf, boolean yearOver, boolean closed, long representativeId, String name,
			long workstationId, String workstationName, int total, Map<Category, Integer> byCategory, int adjustments,
			int rankInWorkstation, int rankOverall, List<Item> items, List<Integer> adjustmentsByQuarter,
			List<Integer> quarterTotals, @Nullable EvaluationBody evaluation) {
	}

	/** The body of a PUT: the version seen (none for a new evaluation) and the whole evaluation. */
	record EvaluationRequest(Integer version, CountsBody members, CountsBody constituents,
			Boolean reportToElectoralUnit, Boolean reportToCommunity, Grade grade, String rewards, String penalties,
			String exitRecommendation) {

		Assessment.Input input() {
			CountsBody m = members == null ? new CountsBody(null, null, null) : members;
			CountsBody c = constituents == null ? new CountsBody(null, null, null) : constituents;
			return new Assessment.Input(m.satisfied(), m.basicallySatisfied(), m.dissatisfied(), c.satisfied(),
					c.basicallySatisfied(), c.dissatisfied(), reportToElectoralUnit, reportToCommunity, grade, rewards,
					penalties, exitRecommendation);
		}
	}

	@GetMapping
	@PreAuthorize(OVERVIEW_READERS)
	@Operation(summary = "The year-end overview (EVALUATION_GROUP, OFFICE): every representative of the cycle with "
			+ "year-end points (as of 31 December), ranks, grade (null: 未评议) and version; counts of each grade; "
			+ "optionally only the representatives of one workstation")
	OverviewResponse overview(@AuthenticationPrincipal CurrentUser user, @Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "2000")) @PathVariable int year,
			@RequestParam(required = false) Long workstationId) {
		return response(overviews.overview(user, year, workstationId));
	}

	@GetMapping("/export.xlsx")
	@PreAuthorize(OVERVIEW_READERS)
	@Operation(summary = "The year-end overview as an .xlsx workbook grouped by community workstation; audited")
	void export(@AuthenticationPrincipal CurrentUser user, @Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "2000")) @PathVariable int year,
			@RequestParam(required = false) Long workstationId, HttpServletResponse response) throws IOException {
		YearEndOverviews.Overview overview = overviews.export(user, year, workstationId);
		var locale = LocaleContextHolder.getLocale();
		String name = messages.getMessage("yearend.overview.file-name", new Object[] { String.valueOf(year) }, locale)
				+ ".xlsx";
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
		OverviewWorkbook.write(overview, messages, locale, response.getOutputStream());
	}

	@GetMapping("/representatives/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "A representative's year (EVALUATION_GROUP, OFFICE, the representative themselves): year-end "
			+ "points and ranks, points by item and quarter (adjustments on their own line), and the evaluation "
			+ "(null until recorded)")
	RepresentativeYear representative(@AuthenticationPrincipal CurrentUser user, @Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "2000")) @PathVariable int year,
			@PathVariable long id) {
		return response(sheets.sheet(user, year, id));
	}

	@PutMapping("/representatives/{id}")
	@ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "201", description = "Recorded", useReturnTypeSchema = true)
	@PreAuthorize("hasRole('EVALUATION_GROUP')")
	@Operation(summary = "Record (201) or change (200) a representative's year-end evaluation (EVALUATION_GROUP) "
			+ "{version (the one read; omit for a new one), members: {satisfied, basicallySatisfied, dissatisfied}, "
			+ "constituents: {…}, reportToElectoralUnit, reportToCommunity, grade? (EXCELLENT | COMPETENT | "
			+ "BASICALLY_COMPETENT | INCOMPETENT; null: not graded), rewards?, penalties?, exitRecommendation?}; "
			+ "a missing or stale version → 409")
	ResponseEntity<RepresentativeYear> save(@AuthenticationPrincipal CurrentUser user, @Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "2000")) @PathVariable int year,
			@PathVariable long id, @RequestBody EvaluationRequest request) {
		YearEndEvaluations.Saved saved = evaluations.save(user, year, id, request.version(), request.input());
		return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.body(response(saved.sheet()));
	}

	// No "produces": a mapping that declares it answers 406 to an Accept without PDF before the
	// handler, and so its permission check, is known. Who may not read it gets 403; who may gets
	// the PDF, labelled application/pdf whatever they asked for (RFC 9110 allows disregarding Accept).
	@GetMapping("/representatives/{id}/statement.pdf")
	@PreAuthorize(READERS)
	@Operation(summary = "The annual statement (年度履职积分报告单) of a representative as PDF; audited")
	ResponseEntity<byte[]> statement(@AuthenticationPrincipal CurrentUser user, @Parameter(description = YEAR, schema = @Schema(type = "integer", format = "int32", minimum = "2000")) @PathVariable int year,
			@PathVariable long id) {
		YearEndSheets.Sheet sheet = sheets.print(user, year, id);
		byte[] pdf = statements.pdf(sheet, user.districtId());
		String name = messages.getMessage("yearend.statement.file-name",
				new Object[] { sheet.name(), String.valueOf(year) }, LocaleContextHolder.getLocale()) + ".pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(pdf);
	}

	static OverviewResponse response(YearEndOverviews.Overview overview) {
		return new OverviewResponse(overview.year(), overview.asOf(), overview.yearOver(), overview.closed(),
				overview.workstationId(),
				overview.grades(), overview.ungraded(), overview.rows().stream().map(r -> {
					StandingsRow p = r.points();
					return new Row(p.representativeId(), p.name(), p.workstationId(), p.workstationName(), p.total(),
							p.byCategory(), p.adjustments(), p.rankInWorkstation(), p.rankOverall(),
							r.grade().map(Grade::name).orElse(null), r.assessment() != null, r.version());
				}).toList());
	}

	static RepresentativeYear response(YearEndSheets.Sheet sheet) {
		StandingsRow p = sheet.points();
		List<Item> items = sheet.lines()
			.stream()
			.filter(l -> !l.adjustment())
			.map(l -> new Item(l.itemCode(), l.title(), l.category(), l.quarters(), l.total()))
			.toList();
		List<Integer> adjustments = sheet.lines()
			.stream()
			.filter(YearEndSheets.Line::adjustment)
			.findFirst()
			.map(YearEndSheets.Line::quarters)
			.orElse(List.of(0, 0, 0, 0));
		EvaluationBody evaluation = null;
		if (sheet.evaluation() != null) {
			YearEndSheets.Evaluation e = sheet.evaluation();
			Assessment a = e.assessment();
			evaluation = new EvaluationBody(e.version(), CountsBody.of(a.members()), CountsBody.of(a.constituents()),
					a.reportToElectoralUnit(), a.reportToCommunity(), a.grade(), a.rewards(), a.penalties(),
					a.exitRecommendation(), e.updatedBy(), e.updatedAt().toOffsetDateTime(),
					e.history()
						.stream()
						.map(c -> new Change(c.version(), c.changedBy(), c.changedAt().toOffsetDateTime(),
								c.summary(), c.fields()))
						.toList());
		}
		return new RepresentativeYear(sheet.year(), sheet.asOf(), sheet.yearOver(), sheet.closed(), sheet.representativeId(),
				sheet.name(), p.workstationId(), p.workstationName(), p.total(), p.byCategory(), p.adjustments(),
				p.rankInWorkstation(), p.rankOverall(), items, adjustments, sheet.quarterTotals(), evaluation);
	}

}
