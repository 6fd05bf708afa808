package cn.lvzhi.yearend;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.standard.Category;

/**
 * One representative's year as it is read (a read model, DOMAIN.md 10): the year-end points and
 * ranks (the standings as of 31 December), the points by item and quarter of their ledger
 * ({@link PointsByItem}) and the evaluation with every saved version. The office and the
 * evaluation group read any of their district's, a representative their own; a printed
 * statement is audited. Who reads whose is {@link YearEndPolicy}'s.
 */
@Service
@Transactional
public class YearEndSheets {

	private final YearEndEvaluationRepository evaluations;

	private final Standings standings;

	private final PointsByItem points;

	private final Representatives representatives;

	private final Districts districts;

	private final YearEndCalendar calendar;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	YearEndSheets(YearEndEvaluationRepository evaluations, Standings standings, PointsByItem points,
			Representatives representatives, Districts districts, YearEndCalendar calendar, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.evaluations = evaluations;
		this.standings = standings;
		this.points = points;
		this.representatives = representatives;
		this.districts = districts;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Points of one item (or of the adjustments, {@code itemCode == null}) in each quarter of the year. */
	public record Line(Integer itemCode, String title, Category category, List<Integer> quarters, int total) {

		public boolean adjustment() {
			return itemCode == null;
		}
	}

	/** A saved evaluation: its version (1, 2, …), the assessment, the last change and every version's change. */
	public record Evaluation(int version, Assessment assessment, String updatedBy, ZonedDateTime updatedAt,
			List<Change> history) {
	}

	/** One saved version of an evaluation, at the district's local time. */
	public record Change(int version, String changedBy, ZonedDateTime changedAt, String summary, List<String> fields) {
	}

	/**
	 * One representative's year: the year-end points and ranks, points by item and quarter, and
	 * the evaluation ({@code null}: not evaluated yet).
	 */
	public record Sheet(String districtName, int year, LocalDate asOf, boolean yearOver, boolean closed, long representativeId,
			String name,
			StandingsRow points, List<Line> lines, List<Integer> quarterTotals, Evaluation evaluation) {

		public Optional<Grade> grade() {
			return evaluation == null ? Optional.empty() : Optional.ofNullable(evaluation.assessment().grade());
		}
	}

	/**
	 * A representative's year as the user may read it: the office and the evaluation group any of
	 * their district's, a representative their own (else 403); 404 for an unknown representative
	 * or one who did not serve in that year; 422 for a year outside 2000 … this year.
	 */
	@Transactional(readOnly = true)
	public Sheet sheet(CurrentUser user, int year, long representativeId) {
		Representative representative = readable(user, representativeId);
		calendar.check(user.districtId(), year);
		return sheetOf(user, year, representative);
	}

	/** The annual statement of a representative for printing: recorded in the audit trail. */
	public Sheet print(CurrentUser user, int year, long representativeId) {
		Sheet sheet = sheet(user, year, representativeId);
		events.publishEvent(YearEndEvent.statementPrinted(year, representativeId));
		return sheet;
	}

	/** The latest year a representative has an evaluation of, if any (for their own page). */
	@Transactional(readOnly = true)
	public Optional<Integer> latestEvaluatedYear(long representativeId) {
		return jdbc.sql("select max(cycle) from year_end_evaluation where representative_id = ?")
			.param(representativeId)
			.query(Integer.class)
			.list()
			.stream()
			.filter(Objects::nonNull)
			.findFirst();
	}

	/** Today's year in the user's district. */
	public int thisYear(CurrentUser user) {
		return calendar.thisYear(user.districtId());
	}

	/** The representative if the user may read their year (see {@link #sheet}): 404 unknown, 403 not theirs. */
	Representative readable(CurrentUser user, long representativeId) {
		Representative representative = representatives.get(user.districtId(), representativeId);
		YearEndPolicy.of(user, representative.id()).requireSheet();
		return representative;
	}

	/** The year of a readable representative of a checked year; 404 if they are not in its standings. */
	Sheet sheetOf(CurrentUser user, int year, Representative representative) {
		long district = user.districtId();
		StandingsView view = standings.of(district, year, LocalDate.of(year, 12, 31), null);
		StandingsRow row = view.rows()
			.stream()
			.filter(r -> r.representativeId() == representative.id())
			.findFirst()
			.orElseThrow(() -> new Problem.NotFound("yearend.problem.not-in-cycle", representative.name(), year));
		PointsByItem.Breakdown breakdown = points.of(user, representative.id(), year);
		Sheet sheet = new Sheet(districts.of(district).name(), year, view.asOf(), calendar.isOver(district, year),
				calendar.isClosed(district, year), representative.id(), representative.name(), row, breakdown.lines(),
				breakdown.totals().asList(), null);
		return withEvaluation(sheet, evaluations.findByRepresentativeIdAndYear(representative.id(), year));
	}

	/** The sheet with this evaluation (none: not evaluated yet), at the district's local time. */
	Sheet withEvaluation(Sheet sheet, Optional<YearEndEvaluation> evaluation) {
		return new Sheet(sheet.districtName(), sheet.year(), sheet.asOf(), sheet.yearOver(), sheet.closed(),
				sheet.representativeId(),
				sheet.name(), sheet.points(), sheet.lines(), sheet.quarterTotals(), evaluation.map(e -> {
					ZoneId zone = districts.of(e.districtId()).timeZone();
					return new Evaluation(e.revision(), e.assessment(), e.updatedBy(), e.updatedAt().atZone(zone),
							e.changes()
								.stream()
								.map(c -> new Change(c.version(), c.changedBy(), c.changedAt().atZone(zone), c.summary(),
										c.fieldList()))
								.toList());
				}).orElse(null));
	}
}
