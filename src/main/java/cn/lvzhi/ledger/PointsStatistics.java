package cn.lvzhi.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.CycleCalendar;
import cn.lvzhi.standard.Category;

/**
 * Statistics of a district's points for the dashboards (统计图表): points by category and quarter,
 * the distribution of the representatives' totals, the community workstations compared, and one
 * representative's points by quarter.
 * <p>
 * The numbers are read from the ledger as it stands now: every entry of the cycle, whenever it
 * was booked, counted in the quarter of its {@code occurredOn} — the day of the record it scores
 * or, for a manual adjustment, the day it was booked (at most the cycle's last day). Totals of
 * representatives come from {@link Standings} (everyone who served in the cycle, also with 0
 * points), so they agree with the standings page.
 * <p>
 * Who sees what: the office and the evaluation group the whole district or any workstation;
 * workstation staff their own workstation's representatives only (as in the standings); a
 * representative only their own points by quarter ({@link Representatives#getFor}).
 */
@Service
@Transactional(readOnly = true)
public class PointsStatistics {

	/** The number of bars a distribution has at most. */
	static final int MAX_BUCKETS = 10;

	private final JdbcClient jdbc;

	private final Standings standings;

	private final Representatives representatives;

	private final RosterDirectory roster;

	PointsStatistics(JdbcClient jdbc, Standings standings, Representatives representatives, RosterDirectory roster) {
		this.jdbc = jdbc;
		this.standings = standings;
		this.representatives = representatives;
		this.roster = roster;
	}

	/** The points of one quarter: by category, manual adjustments, and their sum. */
	public record QuarterPoints(int quarter, Map<Category, Integer> byCategory, int adjustments, int total) {
	}

	/** A district's (or one workstation's) points of a cycle by quarter; {@code total} is the cycle's. */
	public record Quarters(int year, @Nullable Long workstationId, List<QuarterPoints> quarters, int total) {
	}

	/** A representative's points of a cycle by quarter; {@code total} is the cycle's, as in their ledger. */
	public record RepresentativeQuarters(long representativeId, String name, int year, List<QuarterPoints> quarters,
			int total) {
	}

	/** A bar of the distribution: how many representatives have a total from {@code from} to {@code to}, inclusive. */
	public record Bucket(int from, int to, int count) {
	}

	/**
	 * How the representatives' cycle totals are spread: buckets of equal width (5, 10, 20, 50,
	 * 100, …, the narrowest that needs at most ten bars) from the lowest total (or 0) to the
	 * highest, and the average and median (one decimal).
	 */
	public record Distribution(int year, @Nullable Long workstationId, int representatives, int bucketWidth,
			List<Bucket> buckets, int min, int max, double average, double median) {
	}

	/** One community workstation: its representatives, the sum of their totals and the average (one decimal). */
	public record WorkstationPoints(long workstationId, String name, int representatives, int total,
			double average) {
	}

	/** The community workstations compared, in display order, and the average of the whole district. */
	public record Comparison(int year, double districtAverage, List<WorkstationPoints> workstations) {
	}

	/**
	 * The points of a cycle (default: this year) by quarter and category, of the district or of
	 * one workstation's representatives (community or industry); workstation staff always their
	 * own (another: 403).
	 */
	public Quarters byQuarter(CurrentUser user, Integer year, Long workstationId) {
		Long scope = standings.workstationScope(user, workstationId);
		int cycle = cycle(user, year);
		var sql = new StringBuilder("""
				select extract(month from e.occurred_on), e.kind, e.category, sum(e.points)
				from ledger_entry e""");
		if (scope != null) {
			sql.append(" join representative r on r.id = e.representative_id");
		}
		sql.append(" where e.district_id = :district and e.cycle = :cycle");
		if (scope != null) {
			sql.append(" and (r.community_workstation_id = :ws or r.industry_workstation_id = :ws)");
		}
		sql.append(" group by extract(month from e.occurred_on), e.kind, e.category");
		var spec = jdbc.sql(sql.toString()).param("district", user.districtId()).param("cycle", cycle);
		if (scope != null) {
			spec = spec.param("ws", scope);
		}
		List<QuarterPoints> quarters = quarters(spec);
		return new Quarters(cycle, scope, quarters, sum(quarters));
	}

	/**
	 * A representative's points of a cycle (default: this year) by quarter and category, for
	 * those who may read the representative (404, 403 as {@link Representatives#getFor}).
	 */
	public RepresentativeQuarters ofRepresentative(CurrentUser user, long representativeId, Integer year) {
		Representative representative = representatives.getFor(user, representativeId);
		int cycle = cycle(user, year);
		var spec = jdbc.sql("""
				select extract(month from occurred_on), kind, category, sum(points)
				from ledger_entry where representative_id = :representative and cycle = :cycle
				group by extract(month from occurred_on), kind, category""")
			.param("representative", representative.id())
			.param("cycle", cycle);
		List<QuarterPoints> quarters = quarters(spec);
		return new RepresentativeQuarters(representative.id(), representative.name(), cycle, quarters, sum(quarters));
	}

	/**
	 * The distribution of the representatives' cycle totals (default: this year; as of today), in
	 * the district or one workstation; workstation staff always their own.
	 */
	public Distribution distribution(CurrentUser user, Integer year, Long workstationId) {
		Long scope = standings.workstationScope(user, workstationId);
		int cycle = cycle(user, year);
		List<Integer> totals = standings.of(user.districtId(), cycle, null, scope)
			.rows()
			.stream()
			.map(StandingsRow::total)
			.sorted()
			.toList();
		return distribution(cycle, scope, totals);
	}

	static Distribution distribution(int year, Long workstationId, List<Integer> sortedTotals) {
		if (sortedTotals.isEmpty()) {
			return new Distribution(year, workstationId, 0, 5, List.of(), 0, 0, 0, 0);
		}
		int min = sortedTotals.get(0);
		int max = sortedTotals.get(sortedTotals.size() - 1);
		int low = Math.min(0, min);
		int width = width(low, max);
		int start = Math.floorDiv(low, width) * width;
		int count = Math.floorDiv(max - start, width) + 1;
		int[] counts = new int[count];
		long sum = 0;
		for (int total : sortedTotals) {
			counts[Math.floorDiv(total - start, width)]++;
			sum += total;
		}
		var buckets = new ArrayList<Bucket>();
		for (int i = 0; i < count; i++) {
			buckets.add(new Bucket(start + i * width, start + (i + 1) * width - 1, counts[i]));
		}
		int n = sortedTotals.size();
		double median = n % 2 == 1 ? sortedTotals.get(n / 2)
				: (sortedTotals.get(n / 2 - 1) + sortedTotals.get(n / 2)) / 2.0;
		return new Distribution(year, workstationId, n, width, buckets, min, max, oneDecimal(sum, n), median);
	}

	/**
	 * The narrowest of 5, 10, 20, 50, 100, 200, 500, … whose buckets, starting at a multiple of
	 * it, cover {@code low} to {@code high} in at most ten.
	 */
	static int width(int low, int high) {
		int[] steps = { 1, 2, 5 };
		for (long magnitude = 1;; magnitude *= 10) {
			for (int step : steps) {
				long width = step * magnitude;
				if (width >= 5 && Math.floorDiv(high, width) - Math.floorDiv(low, width) + 1 <= MAX_BUCKETS) {
					return (int) width;
				}
			}
		}
	}

	/**
	 * The community workstations of the district compared (default: this year; as of today):
	 * each with the number of its representatives, the sum and the average of their totals. The
	 * office and the evaluation group see every community workstation; workstation staff only
	 * their own (counting everyone attached to it, as their standings do). Everyone sees the
	 * district's average.
	 */
	public Comparison workstations(CurrentUser user, Integer year) {
		Long scope = standings.workstationScope(user, null);
		int cycle = cycle(user, year);
		List<StandingsRow> rows = standings.of(user.districtId(), cycle, null, null).rows();
		double districtAverage = oneDecimal(rows.stream().mapToLong(StandingsRow::total).sum(), rows.size());
		var result = new ArrayList<WorkstationPoints>();
		if (scope != null) {
			long own = scope;
			String name = roster.workstations(user.districtId())
				.stream()
				.filter(w -> w.id() == own)
				.map(RosterDirectory.WorkstationSummary::name)
				.findFirst()
				.orElseThrow();
			result.add(points(own, name, standings.of(user.districtId(), cycle, null, own).rows()));
		}
		else {
			var byWorkstation = new LinkedHashMap<Long, List<StandingsRow>>();
			rows.forEach(r -> byWorkstation.computeIfAbsent(r.workstationId(), k -> new ArrayList<>()).add(r));
			for (RosterDirectory.WorkstationSummary w : roster.workstations(user.districtId())) {
				if ("COMMUNITY".equals(w.type())) {
					result.add(points(w.id(), w.name(), byWorkstation.getOrDefault(w.id(), List.of())));
				}
			}
		}
		return new Comparison(cycle, districtAverage, result);
	}

	private static WorkstationPoints points(long id, String name, List<StandingsRow> rows) {
		long total = rows.stream().mapToLong(StandingsRow::total).sum();
		return new WorkstationPoints(id, name, rows.size(), (int) total, oneDecimal(total, rows.size()));
	}

	private int cycle(CurrentUser user, Integer year) {
		return standings.cycle(user.districtId(), year, standings.today(user.districtId()));
	}

	/** Four quarters from rows of (month, kind, category, points). */
	private static List<QuarterPoints> quarters(JdbcClient.StatementSpec spec) {
		var byCategory = new ArrayList<EnumMap<Category, Integer>>();
		int[] adjustments = new int[4];
		int[] totals = new int[4];
		for (int q = 0; q < 4; q++) {
			var categories = new EnumMap<Category, Integer>(Category.class);
			for (Category c : Category.values()) {
				categories.put(c, 0);
			}
			byCategory.add(categories);
		}
		spec.query(rs -> {
			int quarter = CycleCalendar.quarterOfMonth(rs.getInt(1)) - 1;
			EntryKind kind = EntryKind.valueOf(rs.getString(2));
			String category = rs.getString(3);
			int points = rs.getInt(4);
			if (kind == EntryKind.ADJUSTED) {
				adjustments[quarter] += points;
			}
			else if (category != null) {
				byCategory.get(quarter).merge(Category.valueOf(category), points, Integer::sum);
			}
			totals[quarter] += points;
		});
		var result = new ArrayList<QuarterPoints>();
		for (int q = 0; q < 4; q++) {
			result.add(new QuarterPoints(q + 1, byCategory.get(q), adjustments[q], totals[q]));
		}
		return result;
	}

	private static int sum(List<QuarterPoints> quarters) {
		return quarters.stream().mapToInt(QuarterPoints::total).sum();
	}

	private static double oneDecimal(long sum, int count) {
		return count == 0 ? 0 : Math.round(sum * 10.0 / count) / 10.0;
	}
}
