package cn.lvzhi.yearend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.ledger.Standings;
import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.yearend.Assessment.Counts;

/**
 * The year-end overview (a read model) for the evaluation group and the office: every
 * representative of a year as the standings of 31 December list them, with their evaluation if
 * any, and how many have each grade; its export is audited.
 */
@Service
@Transactional
public class YearEndOverviews {

	private final Standings standings;

	private final RosterDirectory roster;

	private final YearEndCalendar calendar;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	YearEndOverviews(Standings standings, RosterDirectory roster, YearEndCalendar calendar, JdbcClient jdbc,
			ApplicationEventPublisher events) {
		this.standings = standings;
		this.roster = roster;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.events = events;
	}

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
		YearEndPolicy.requireOverview(user);
		long district = user.districtId();
		calendar.check(district, year);
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
		return new Overview(year, view.asOf(), calendar.isOver(district, year), calendar.isClosed(district, year),
				workstationId, rows, grades, ungraded);
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
}
