package cn.lvzhi.yearend;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.activities.ClosedCycles;
import cn.lvzhi.yearend.Assessment.Counts;
import cn.lvzhi.ledger.EntryKind;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.ledger.LedgerEntry;
import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;
import cn.lvzhi.standard.StandardItem;
import cn.lvzhi.standard.Standards;

/**
 * The year-end evaluation (年终评议, DOMAIN.md 10): the evaluation group records it per
 * representative and year; the office reads it; a representative reads their own. Shown with the
 * year-end points and ranks (the standings as of 31 December) and the points by item and quarter
 * from the representative's ledger. Points are a reference for the grade, not a formula.
 */
@Service
@Transactional
public class YearEndEvaluations {

	static final int FIRST_YEAR = 2000;

	private final YearEndEvaluationRepository evaluations;

	private final Standings standings;

	private final Ledger ledger;

	private final Standards standards;

	private final Representatives representatives;

	private final RosterDirectory roster;

	private final Districts districts;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Whether the office has closed the year: its points are then final (DOMAIN.md 8). */
	private final ClosedCycles cycles;

	YearEndEvaluations(YearEndEvaluationRepository evaluations, Standings standings, Ledger ledger,
			Standards standards, Representatives representatives, RosterDirectory roster, Districts districts,
			JdbcClient jdbc, ClosedCycles cycles, ApplicationEventPublisher events, Clock clock) {
		this.cycles = cycles;
		this.evaluations = evaluations;
		this.standings = standings;
		this.ledger = ledger;
		this.standards = standards;
		this.representatives = representatives;
		this.roster = roster;
		this.districts = districts;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- the overview

	/** One representative of the cycle in the overview: year-end points, ranks, and the evaluation if any. */
	public record OverviewRow(StandingsRow points, Assessment assessment, Integer version) {

		public Optional<Grade> grade() {
			return assessment == null ? Optional.empty() : Optional.ofNullable(assessment.grade());
		}
	}

	/**
	 * Every representative of a cycle (as the standings of 31 December list them), grouped by
	 * community workstation; how many have each grade and how many are not graded yet.
	 */
	public record Overview(int year, LocalDate asOf, boolean yearOver, boolean closed, Long workstationId, List<OverviewRow> rows,
			Map<Grade, Integer> grades, int ungraded) {
	}

	/** The overview of a year, all or the representatives attached to one workstation (404 if unknown). */
	@Transactional(readOnly = true)
	public Overview overview(CurrentUser user, int year, Long workstationId) {
		if (!user.has(Role.OFFICE) && !user.has(Role.EVALUATION_GROUP)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		long district = user.districtId();
		checkYear(district, year);
		if (workstationId != null && !roster.workstationExists(district, workstationId)) {
			throw new Problem.NotFound("roster.problem.workstation-not-found", workstationId);
		}
		StandingsView view = standings.of(district, year, LocalDate.of(year, 12, 31), workstationId);
		Map<Long, Stored> stored = storedOf(district, year);
		var rows = new ArrayList<OverviewRow>();
		var grades = new EnumMap<Grade, Integer>(Grade.class);
		for (Grade g : Grade.values()) {
			grades.put(g, 0);
		}
		int ungraded = 0;
		for (StandingsRow r : view.rows()) {
			Stored s = stored.get(r.representativeId());
			OverviewRow row = new OverviewRow(r, s == null ? null : s.assessment(), s == null ? null : s.version());
			rows.add(row);
			if (row.grade().isPresent()) {
				grades.merge(row.grade().get(), 1, Integer::sum);
			}
			else {
				ungraded++;
			}
		}
		return new Overview(year, view.asOf(), isOver(district, year), cycles.isClosed(district, year), workstationId, rows,
				grades, ungraded);
	}

	/** The overview for an export: recorded in the audit trail. */
	public Overview export(CurrentUser user, int year, Long workstationId) {
		Overview overview = overview(user, year, workstationId);
		events.publishEvent(YearEndEvent.overviewExported(year, workstationId, overview.rows().size()));
		return overview;
	}

	private record Stored(Assessment assessment, int version) {
	}

	private Map<Long, Stored> storedOf(long district, int year) {
		var result = new HashMap<Long, Stored>();
		jdbc.sql("""
				select e.representative_id, e.members_satisfied, e.members_basically_satisfied, e.members_dissatisfied,
				    e.constituents_satisfied, e.constituents_basically_satisfied, e.constituents_dissatisfied,
				    e.report_to_electoral_unit, e.report_to_community, e.grade, e.rewards, e.penalties,
				    e.exit_recommendation,
				    (select count(*) from year_end_evaluation_change c where c.evaluation = e.id) as revision
				from year_end_evaluation e where e.district_id = :district and e.cycle = :year""")
			.param("district", district)
			.param("year", year)
			.query((rs, n) -> {
				String grade = rs.getString(10);
				result.put(rs.getLong(1), new Stored(new Assessment(
						new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4)),
						new Counts(rs.getInt(5), rs.getInt(6), rs.getInt(7)), rs.getBoolean(8), rs.getBoolean(9),
						grade == null ? null : Grade.valueOf(grade), rs.getString(11), rs.getString(12),
						rs.getString(13)), rs.getInt(14)));
				return null;
			})
			.list();
		return result;
	}

	// ---------------------------------------------------------------- one representative

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
		checkYear(user.districtId(), year);
		return sheetOf(user, year, representative);
	}

	/** The annual statement of a representative for printing: recorded in the audit trail. */
	public Sheet print(CurrentUser user, int year, long representativeId) {
		Sheet sheet = sheet(user, year, representativeId);
		events.publishEvent(YearEndEvent.statementPrinted(year, representativeId));
		return sheet;
	}

	/** Whether the evaluation was created by this save (not changed). */
	public record Saved(Sheet sheet, boolean created) {
	}

	/**
	 * The evaluation group records or changes a representative's evaluation of a year.
	 * {@code expectedVersion} is the version the editor saw: none for a new evaluation; a new one
	 * when one exists, or a version when none exists, or an older version, is refused with 409,
	 * as is a concurrent save. Nobody evaluates themselves ({@link ConflictOfInterest}: 403,
	 * audited). A save that changes nothing adds no version.
	 */
	public Saved save(CurrentUser user, int year, long representativeId, Integer expectedVersion,
			Assessment.Input input) {
		if (!user.has(Role.EVALUATION_GROUP)) {
			throw new Problem.Forbidden("problem.forbidden");
		}
		Representative representative = readable(user, representativeId);
		ConflictOfInterest.check(user, representative.id(), ConflictOfInterest.Decision.YEAR_END_GRADE,
				representative.id(), events::publishEvent);
		checkYear(user.districtId(), year);
		Sheet before = sheetOf(user, year, representative);
		Assessment assessment = input.checked();
		Optional<YearEndEvaluation> existing = evaluations.findByRepresentativeIdAndYear(representativeId, year);
		Instant now = clock.instant();
		boolean created = existing.isEmpty();
		try {
			if (created) {
				if (expectedVersion != null) {
					throw new Problem.Conflict("yearend.problem.gone");
				}
				YearEndEvaluation evaluation = evaluations.save(YearEndEvaluation.record(user.districtId(),
						representativeId, year, assessment, user.username(), now));
				events.publishEvent(YearEndEvent.recorded(evaluation, assessment.summary()));
			}
			else {
				YearEndEvaluation evaluation = existing.get();
				if (expectedVersion == null) {
					throw new Problem.Conflict("yearend.problem.exists", evaluation.revision());
				}
				if (expectedVersion != evaluation.revision()) {
					throw new Problem.Conflict("problem.stale");
				}
				List<Assessment.Difference> changed = evaluation.change(assessment, user.username(), now);
				if (!changed.isEmpty()) {
					evaluation = evaluations.save(evaluation);
					events.publishEvent(YearEndEvent.changed(evaluation, YearEndEvaluation.summary(changed)));
				}
			}
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException concurrent) {
			// somebody saved the same evaluation in between
			throw new Problem.Conflict("problem.stale");
		}
		return new Saved(withEvaluation(before, evaluations.findByRepresentativeIdAndYear(representativeId, year)),
				created);
	}

	/** The latest year a representative has an evaluation of, if any (for their own page). */
	@Transactional(readOnly = true)
	public Optional<Integer> latestEvaluatedYear(long representativeId) {
		return jdbc.sql("select max(cycle) from year_end_evaluation where representative_id = ?")
			.param(representativeId)
			.query(Integer.class)
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.findFirst();
	}

	/** Today's year in the user's district. */
	public int thisYear(CurrentUser user) {
		return ledger.today(user.districtId()).getYear();
	}

	private Sheet sheetOf(CurrentUser user, int year, Representative representative) {
		long district = user.districtId();
		StandingsView view = standings.of(district, year, LocalDate.of(year, 12, 31), null);
		StandingsRow row = view.rows()
			.stream()
			.filter(r -> r.representativeId() == representative.id())
			.findFirst()
			.orElseThrow(() -> new Problem.NotFound("yearend.problem.not-in-cycle", representative.name(), year));
		Ledger.Statement statement = ledger.statement(user, representative.id(), year);
		var byItem = new TreeMap<Integer, QuarterPoints>();
		var latestVersion = new HashMap<Integer, Integer>();
		QuarterPoints adjustments = QuarterPoints.NONE;
		boolean adjusted = false;
		QuarterPoints totals = QuarterPoints.NONE;
		for (LedgerEntry e : statement.entries()) {
			QuarterPoints points = QuarterPoints.on(e.occurredOn(), e.points());
			totals = totals.plus(points);
			if (e.kind() == EntryKind.ADJUSTED || e.itemCode() == null) {
				adjustments = adjustments.plus(points);
				adjusted = true;
			}
			else {
				byItem.merge(e.itemCode(), points, QuarterPoints::plus);
				if (e.standardVersion() != null) {
					latestVersion.merge(e.itemCode(), e.standardVersion(), Math::max);
				}
			}
		}
		var items = new HashMap<Integer, Map<Integer, StandardItem>>();
		var lines = new ArrayList<Line>();
		byItem.forEach((code, quarters) -> {
			Integer version = latestVersion.get(code);
			StandardItem item = version == null ? null
					: items.computeIfAbsent(version, n -> {
						var byCode = new HashMap<Integer, StandardItem>();
						standards.version(district, n).items().forEach(i -> byCode.put(i.code(), i));
						return byCode;
					}).get(code);
			lines.add(new Line(code, item == null ? "" : item.title(), item == null ? null : item.category(),
					quarters.asList(), quarters.total()));
		});
		if (adjusted) {
			lines.add(new Line(null, null, null, adjustments.asList(), adjustments.total()));
		}
		Sheet sheet = new Sheet(districts.of(district).name(), year, view.asOf(), isOver(district, year),
				cycles.isClosed(district, year), representative.id(), representative.name(), row, List.copyOf(lines), totals.asList(), null);
		return withEvaluation(sheet, evaluations.findByRepresentativeIdAndYear(representative.id(), year));
	}

	private Sheet withEvaluation(Sheet sheet, Optional<YearEndEvaluation> evaluation) {
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

	private Representative readable(CurrentUser user, long representativeId) {
		Representative representative = representatives.get(user.districtId(), representativeId);
		boolean own = user.representativeId().map(representative.id()::equals).orElse(false);
		if (!user.has(Role.OFFICE) && !user.has(Role.EVALUATION_GROUP) && !(user.has(Role.REPRESENTATIVE) && own)) {
			throw new Problem.Forbidden("yearend.problem.not-yours");
		}
		return representative;
	}

	private void checkYear(long district, int year) {
		int thisYear = ledger.today(district).getYear();
		if (year < FIRST_YEAR || year > thisYear) {
			throw Problem.Invalid.field("year", "yearend.validation.year", FIRST_YEAR, String.valueOf(thisYear));
		}
	}

	/** Whether the year is over in the district: its points no longer grow with new records' dates. */
	private boolean isOver(long district, int year) {
		return ledger.today(district).isAfter(LocalDate.of(year, 12, 31));
	}
}
