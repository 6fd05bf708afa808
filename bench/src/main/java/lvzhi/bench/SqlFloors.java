package lvzhi.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Hand-written SQL that returns the standings (all representatives who served in the cycle, the
 * four categories, adjustments, total, competition ranks inside the community workstation and
 * overall, ordered by workstation display order, rank, name) in one statement, read into rows
 * through the application's own connection pool. Three variants differ only in where the sums
 * come from.
 */
final class SqlFloors {

	private static final String HEAD = """
			with reps as (
			    select r.id, r.name, r.community_workstation_id as ws
			    from representative r
			    where r.district_id = ? and r.started_on <= ? and (r.ended_on is null or r.ended_on >= ?)
			), sums as (
			%s
			), t as (
			    select reps.id, reps.name, reps.ws, w.name as ws_name, w.display_order,
			           coalesce(s.service, 0) as service, coalesce(s.deliberation, 0) as deliberation,
			           coalesce(s.supervision, 0) as supervision, coalesce(s.exemplary, 0) as exemplary,
			           coalesce(s.adjustments, 0) as adjustments, coalesce(s.total, 0) as total
			    from reps join workstation w on w.id = reps.ws
			    left join sums s on s.id = reps.id
			)
			select t.id, t.name, t.ws, t.ws_name, t.service, t.deliberation, t.supervision, t.exemplary, t.adjustments,
			       t.total, rank() over (partition by t.ws order by t.total desc) as rank_ws,
			       rank() over (order by t.total desc) as rank_all
			from t
			order by t.display_order, rank_ws, t.name""";

	/** (b) Sums of ledger_entry up to asOf (the general path; also what an as-of date needs). */
	static final String OVER_ENTRIES = HEAD.formatted("""
			    select e.representative_id as id,
			           sum(e.points) filter (where e.kind <> 'ADJUSTED' and e.category = 'SERVICE') as service,
			           sum(e.points) filter (where e.kind <> 'ADJUSTED' and e.category = 'DELIBERATION') as deliberation,
			           sum(e.points) filter (where e.kind <> 'ADJUSTED' and e.category = 'SUPERVISION') as supervision,
			           sum(e.points) filter (where e.kind <> 'ADJUSTED' and e.category = 'EXEMPLARY') as exemplary,
			           sum(e.points) filter (where e.kind = 'ADJUSTED') as adjustments,
			           sum(e.points) as total
			    from ledger_entry e
			    where e.district_id = ? and e.cycle = ? and e.occurred_on <= ?
			    group by e.representative_id""");

	/** (b′) The kept balances in ledger_account (only for a whole cycle). */
	static final String OVER_ACCOUNTS = HEAD.formatted("""
			    select a.representative_id as id, a.service, a.deliberation, a.supervision, a.exemplary,
			           a.adjustments, a.total
			    from ledger_account a
			    where a.district_id = ? and a.cycle = ? and cast(? as date) is not null""");

	/**
	 * (c) From the verified records themselves: counted per representative, item, satisfaction and
	 * the standard version in force on the record's day (one pass over the records), then priced
	 * with that version's rule (by satisfaction where it says so), per-cycle caps applied per
	 * representative and item. (Joining each record to the 14 rules directly made PostgreSQL scan
	 * the records once per rule.) The generated data has no manual adjustments, so these are the same
	 * numbers.
	 */
	static final String OVER_RECORDS = HEAD.formatted("""
			    select p.id,
			           sum(p.points) filter (where p.category = 'SERVICE') as service,
			           sum(p.points) filter (where p.category = 'DELIBERATION') as deliberation,
			           sum(p.points) filter (where p.category = 'SUPERVISION') as supervision,
			           sum(p.points) filter (where p.category = 'EXEMPLARY') as exemplary,
			           0 as adjustments,
			           sum(p.points) as total
			    from (
			        select c.id, c.item_code, min(si.category) as category,
			               least(sum(c.n * case when si.rule_kind = 'BY_SATISFACTION' then
			                                       case c.satisfaction when 'VERY_SATISFIED' then si.very_satisfied
			                                                           when 'BASICALLY_SATISFIED' then si.basically_satisfied
			                                                           else si.dissatisfied end
			                                   else si.points end),
			                     coalesce(min(si.cap_per_cycle), 2147483647)) as points
			        from (
			            select a.representative_id as id, a.item_code, a.satisfaction, v.id as version, count(*) as n
			            from activity a
			            join (select id, effective_from,
			                         coalesce(lead(effective_from) over (order by effective_from), date '9999-12-31') as until
			                  from standard_version where district_id = ?) v
			              on a.occurred_on >= v.effective_from and a.occurred_on < v.until
			            where a.district_id = ? and a.status = 'VERIFIED' and a.occurred_on between ? and ?
			            group by a.representative_id, a.item_code, a.satisfaction, v.id
			        ) c
			        join standard_item si on si.standard_version = c.version and si.code = c.item_code
			        group by c.id, c.item_code
			    ) p
			    group by p.id""");

	static Sql entries(DataSource ds) {
		return new Sql("(b) SQL over ledger_entry", ds, OVER_ENTRIES, false);
	}

	static Sql accounts(DataSource ds) {
		return new Sql("(b') SQL over ledger_account", ds, OVER_ACCOUNTS, false);
	}

	static Sql records(DataSource ds) {
		return new Sql("(c) SQL over verified records", ds, OVER_RECORDS, true);
	}

	record Sql(String label, DataSource ds, String sql, boolean records) implements StandingsSource {

		@Override
		public List<Row> standings(long districtId, int year, LocalDate asOf) {
			try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
				bind(ps, districtId, year, asOf);
				List<Row> rows = new ArrayList<>();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5),
								rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11),
								rs.getInt(12)));
					}
				}
				return rows;
			}
			catch (SQLException e) {
				throw new IllegalStateException(label + ": " + e.getMessage(), e);
			}
		}

		/** The plan PostgreSQL chose, with actual times (EXPLAIN ANALYZE runs the query once more). */
		String explain(long districtId, int year, LocalDate asOf) {
			try (Connection c = ds.getConnection();
					PreparedStatement ps = c.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
				bind(ps, districtId, year, asOf);
				StringBuilder plan = new StringBuilder();
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						plan.append(rs.getString(1)).append('\n');
					}
				}
				return plan.toString();
			}
			catch (SQLException e) {
				return "explain failed: " + e.getMessage();
			}
		}

		private void bind(PreparedStatement ps, long districtId, int year, LocalDate asOf) throws SQLException {
			LocalDate first = LocalDate.of(year, 1, 1);
			LocalDate last = LocalDate.of(year, 12, 31);
			int i = 1;
			ps.setLong(i++, districtId);
			ps.setDate(i++, Date.valueOf(last));
			ps.setDate(i++, Date.valueOf(first));
			if (records) {
				ps.setLong(i++, districtId);
				ps.setLong(i++, districtId);
				ps.setDate(i++, Date.valueOf(first));
				ps.setDate(i++, Date.valueOf(asOf.isBefore(last) ? asOf : last));
			}
			else {
				ps.setLong(i++, districtId);
				ps.setInt(i++, year);
				ps.setDate(i++, Date.valueOf(asOf));
			}
		}
	}
}
