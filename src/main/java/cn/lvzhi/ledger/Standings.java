package cn.lvzhi.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Category;

/**
 * The standings (积分排名) of a district's cycle: every representative who served in it, with cycle
 * points by category, adjustments, total, and ranks inside their community workstation and
 * overall (DOMAIN.md 6). As of the cycle's end or today it reads the accounts the ledger keeps up
 * to date (one row per representative); as of an earlier day it sums the entries dated up to it.
 */
@Service
@Transactional(readOnly = true)
public class Standings {

	private final JdbcClient jdbc;

	private final Districts districts;

	private final RosterDirectory roster;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Standings(JdbcClient jdbc, Districts districts, RosterDirectory roster, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.districts = districts;
		this.roster = roster;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The standings of {@code year} as of {@code asOf} ({@code null}: today), all rows or those of
	 * the representatives attached to {@code workstationId} (community or industry; {@code null}:
	 * all). Ranks are always those in the whole district and the whole community workstation.
	 */
	public StandingsView of(long districtId, int year, LocalDate asOf, Long workstationId) {
		LocalDate today = LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
		LocalDate day = asOf == null ? today : asOf;
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		LocalDate servedBy = day.isBefore(last) ? day : last;
		boolean whole = !day.isBefore(last) || !day.isBefore(today);
		String points = whole ? """
				select representative_id, service, deliberation, supervision, exemplary, adjustments, total
				from ledger_account where district_id = :district and cycle = :cycle"""
				: """
				select representative_id,
				    sum(case when kind <> 'ADJUSTED' and category = 'SERVICE' then points else 0 end) as service,
				    sum(case when kind <> 'ADJUSTED' and category = 'DELIBERATION' then points else 0 end) as deliberation,
				    sum(case when kind <> 'ADJUSTED' and category = 'SUPERVISION' then points else 0 end) as supervision,
				    sum(case when kind <> 'ADJUSTED' and category = 'EXEMPLARY' then points else 0 end) as exemplary,
				    sum(case when kind = 'ADJUSTED' then points else 0 end) as adjustments,
				    sum(points) as total
				from ledger_entry where district_id = :district and cycle = :cycle and occurred_on <= :day
				group by representative_id""";
		var rows = new ArrayList<Row>();
		jdbc.sql("select r.id, r.name, r.community_workstation_id, r.industry_workstation_id, w.name as ws_name,"
				+ " w.display_order, coalesce(p.service, 0) as service, coalesce(p.deliberation, 0) as deliberation,"
				+ " coalesce(p.supervision, 0) as supervision, coalesce(p.exemplary, 0) as exemplary,"
				+ " coalesce(p.adjustments, 0) as adjustments, coalesce(p.total, 0) as total"
				+ " from representative r join workstation w on w.id = r.community_workstation_id"
				+ " left join (" + points + ") p on p.representative_id = r.id"
				+ " where r.district_id = :district and (p.representative_id is not null"
				+ " or (r.started_on <= :served_by and (r.ended_on is null or r.ended_on >= :first)))")
			.param("district", districtId)
			.param("cycle", year)
			.param("day", day)
			.param("served_by", servedBy)
			.param("first", first)
			.query((rs, n) -> rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3),
					rs.getObject(4, Long.class), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
					rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12))))
			.list();
		return new StandingsView(year, day, rank(rows, workstationId));
	}

	/**
	 * A list of standings taken as of {@code asOf} at {@code takenAt} (a quarterly list as of its
	 * quarter's last day, drafted then): it counts the entries of its cycle dated up to that day and
	 * booked by then.
	 */
	public record Snapshot(LocalDate asOf, Instant takenAt) {
	}

	/**
	 * Whether {@code username} booked an entry (of points other than 0) of the district's
	 * {@code year} that {@code list} counts and {@code previous} (the list before it; {@code null}
	 * for the first of the year) did not: a change of theirs that first shows in {@code list}.
	 * An entry is booked by whoever verified or revoked the record it books, or adjusted the points.
	 */
	public boolean bookedFirstIn(long districtId, int year, String username, Snapshot list, Snapshot previous) {
		String sql = """
				select count(*) from ledger_entry
				where booked_by = :username and district_id = :district and cycle = :cycle and points <> 0
				  and occurred_on <= :as_of and booked_at <= :taken_at""";
		if (previous != null) {
			sql += " and not (occurred_on <= :previous_as_of and booked_at <= :previous_taken_at)";
		}
		var query = jdbc.sql(sql)
			.param("username", username)
			.param("district", districtId)
			.param("cycle", year)
			.param("as_of", list.asOf())
			.param("taken_at", OffsetDateTime.ofInstant(list.takenAt(), ZoneOffset.UTC));
		if (previous != null) {
			query = query.param("previous_as_of", previous.asOf())
				.param("previous_taken_at", OffsetDateTime.ofInstant(previous.takenAt(), ZoneOffset.UTC));
		}
		return query.query(Long.class).single() > 0;
	}

	/**
	 * The standings a user may see: the office and the evaluation group any workstation's or all;
	 * workstation staff only their own workstation's (without one: theirs; another: 403).
	 * {@code year} defaults to that of {@code asOf}, which defaults to today.
	 */
	public StandingsView forUser(CurrentUser user, Integer year, LocalDate asOf, Long workstationId) {
		Long scope = workstationScope(user, workstationId);
		LocalDate day = asOf == null ? today(user.districtId()) : asOf;
		return of(user.districtId(), cycle(user.districtId(), year, day), day, scope);
	}

	/**
	 * The workstation a user's view of the district's points is limited to: the office and the
	 * evaluation group the one they ask for ({@code null}: all); workstation staff their own
	 * (another: 403); anybody else 403. A workstation of another district or none is 404.
	 */
	Long workstationScope(CurrentUser user, Long workstationId) {
		Long scope = workstationId;
		if (!user.readsWholeDistrict()) {
			if (!user.has(Role.WORKSTATION_STAFF) || user.workstationId().isEmpty()) {
				throw new Problem.Forbidden("problem.forbidden");
			}
			long own = user.workstationId().get();
			if (workstationId != null && workstationId != own) {
				throw new Problem.Forbidden("ledger.problem.not-your-workstation");
			}
			scope = own;
		}
		if (scope != null && !roster.workstationExists(user.districtId(), scope)) {
			throw new Problem.NotFound("roster.problem.workstation-not-found", scope);
		}
		return scope;
	}

	/** The cycle asked for, or that of {@code day}; a year out of range is 422. */
	int cycle(long districtId, Integer year, LocalDate day) {
		int cycle = year != null ? year : day.getYear();
		if (!CycleCalendar.isCycleYear(cycle)) {
			throw Problem.Invalid.field("year", "ledger.validation.year", today(districtId).getYear());
		}
		return cycle;
	}

	LocalDate today(long districtId) {
		return LocalDate.ofInstant(clock.instant(), districts.of(districtId).timeZone());
	}

	/** The standings a user may see, for an export: the export is recorded in the audit trail. */
	@Transactional
	public StandingsView export(CurrentUser user, Integer year, LocalDate asOf, Long workstationId) {
		StandingsView view = forUser(user, year, asOf, workstationId);
		events.publishEvent(new StandingsExported(view.year(), view.asOf(), workstationId, view.rows().size()));
		return view;
	}

	private record Row(long id, String name, long communityId, Long industryId, String workstationName,
			int displayOrder, int service, int deliberation, int supervision, int exemplary, int adjustments,
			int total) {
	}

	private static List<StandingsRow> rank(List<Row> rows, Long workstationId) {
		Map<Long, Integer> overall = ranks(rows);
		var byWorkstation = new HashMap<Long, List<Row>>();
		rows.forEach(r -> byWorkstation.computeIfAbsent(r.communityId(), k -> new ArrayList<>()).add(r));
		var inWorkstation = new HashMap<Long, Integer>();
		byWorkstation.values().forEach(group -> inWorkstation.putAll(ranks(group)));
		return rows.stream()
			.filter(r -> workstationId == null || r.communityId() == workstationId
					|| workstationId.equals(r.industryId()))
			.sorted(Comparator.comparingInt(Row::displayOrder)
				.thenComparing(Row::workstationName)
				.thenComparingLong(Row::communityId)
				.thenComparingInt(r -> inWorkstation.get(r.id()))
				.thenComparing(Row::name)
				.thenComparingLong(Row::id))
			.map(r -> {
				var byCategory = new EnumMap<Category, Integer>(Category.class);
				byCategory.put(Category.SERVICE, r.service());
				byCategory.put(Category.DELIBERATION, r.deliberation());
				byCategory.put(Category.SUPERVISION, r.supervision());
				byCategory.put(Category.EXEMPLARY, r.exemplary());
				return new StandingsRow(r.id(), r.name(), r.communityId(), r.workstationName(), r.total(), byCategory,
						r.adjustments(), inWorkstation.get(r.id()), overall.get(r.id()));
			})
			.toList();
	}

	/** Competition ranks by total, highest first: equal totals share a rank, the next skips (1, 2, 2, 4). */
	static Map<Long, Integer> ranks(List<Row> rows) {
		List<Row> sorted = rows.stream().sorted(Comparator.comparingInt(Row::total).reversed()).toList();
		var result = new HashMap<Long, Integer>();
		for (int i = 0; i < sorted.size(); i++) {
			boolean tied = i > 0 && sorted.get(i).total() == sorted.get(i - 1).total();
			result.put(sorted.get(i).id(), tied ? result.get(sorted.get(i - 1).id()) : i + 1);
		}
		return result;
	}
}
