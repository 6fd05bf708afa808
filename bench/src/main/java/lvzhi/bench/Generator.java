package lvzhi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills an empty Lvzhi database with a district of verified activity records and the ledger they
 * produce, set-based in PostgreSQL (generate_series, INSERT … SELECT), in one transaction:
 * <ul>
 * <li>workstations (¾ community, ¼ industry) and representatives, each with one community
 * workstation and every third one also an industry workstation, all active through the cycles;</li>
 * <li>VERIFIED activity records, on average {@code meanRecords} per representative and cycle
 * (paired so the total is exact, from a quarter to nearly twice the mean), items drawn with fixed
 * weights, satisfaction for item 3 (60 % very, 30 % basically, 10 % dissatisfied), days spread
 * over the year; at most three item-9 records per representative and cycle, so the item-9 cap
 * (9 points) is reached but never exceeded and no entry is "capped";</li>
 * <li>their history (RECORDED by staff, VERIFIED by the office);</li>
 * <li>one BOOKED ledger entry per record with the points of the standard version in force on its
 * day (item 3 by satisfaction, so dissatisfied records book 0 points); no manual adjustments;</li>
 * <li>ledger_account = the entry sums per representative and cycle, by one INSERT … SELECT … GROUP BY.</li>
 * </ul>
 * Plain indexes and foreign keys of the four activity/ledger tables are dropped before and
 * recreated after the load (definitions read from the catalogue, so migrations added later are
 * followed); the tables are truncated in the same transaction so that, with wal_level=minimal, the
 * load writes no WAL. Then VACUUM ANALYZE. Random draws are seeded (setseed), so a scale always
 * gives the same data. Records are inserted in day order, as a live system appends them, so
 * a cycle's records and entries lie together on disk as they would in production.
 */
final class Generator {

	static final String DISTRICT = "(select id from district where code = 'default')";

	/** Items other than 9, weighted per 100 draws: 1:20 2:10 3:10 4:12 5:10 6:5 7:6 8:2 10:4 11:3 12:12 13:4 14:2. */
	static final int[][] WEIGHTS = { { 1, 20 }, { 2, 10 }, { 3, 10 }, { 4, 12 }, { 5, 10 }, { 6, 5 }, { 7, 6 },
			{ 8, 2 }, { 10, 4 }, { 11, 3 }, { 12, 12 }, { 13, 4 }, { 14, 2 } };

	static final List<String> TABLES = List.of("activity", "activity_history", "ledger_entry", "ledger_account");

	private final Connection db;

	private final BenchConfig.Scale scale;

	private final boolean history;

	/** Step → seconds, in order. */
	final Map<String, Double> steps = new LinkedHashMap<>();

	Generator(Connection db, BenchConfig.Scale scale, boolean history) {
		this.db = db;
		this.scale = scale;
		this.history = history;
	}

	static Integer[] itemSlots() {
		var slots = new ArrayList<Integer>();
		for (int[] w : WEIGHTS) {
			for (int i = 0; i < w[1]; i++) {
				slots.add(w[0]);
			}
		}
		if (slots.size() != 100) {
			throw new IllegalStateException("weights must add up to 100, not " + slots.size());
		}
		return slots.toArray(Integer[]::new);
	}

	/** Records of one representative in one cycle; pairs (k, R-1-k) get mean ± d, so the sum is exact. */
	private String recordsExpr() {
		int r = scale.representatives;
		int m = scale.meanRecords;
		String k = "((r.k + 7 * c.y) % " + r + ")";
		String j = "least(" + k + ", " + (r - 1) + " - " + k + ")";
		String d = "((" + j + " * 37) % 100) * " + m + " * 3 / 400";
		return "(case when " + k + " < " + (r - 1) + " - " + k + " then " + m + " + " + d + " when " + k + " > "
				+ (r - 1) + " - " + k + " then " + m + " - " + d + " else " + m + " end)";
	}

	void load() throws SQLException {
		db.setAutoCommit(true);
		requireEmpty();
		try (Statement st = db.createStatement()) {
			st.execute("set maintenance_work_mem = '1GB'");
			st.execute("set work_mem = '256MB'");
			st.execute("set synchronous_commit = off");
			st.execute("select setseed(0.42)");
		}
		long all = System.nanoTime();
		db.setAutoCommit(false);
		List<String> recreate;
		try {
			step("truncate, drop indexes and foreign keys", () -> {
				exec("truncate table " + String.join(", ", TABLES) + " cascade");
				return null;
			});
			recreate = dropIndexesAndForeignKeys();
			step("workstations", () -> exec("""
					insert into workstation (district_id, name, type, display_order, version, created_at, updated_at)
					select %s, case when g <= %d then '第' || g || '社区党代表工作室' else '第' || g || '行业党代表工作室' end,
					       case when g <= %d then 'COMMUNITY' else 'INDUSTRY' end, g, 0, now(), now()
					from generate_series(1, %d) g""".formatted(DISTRICT, scale.communityWorkstations,
					scale.communityWorkstations, scale.workstations)));
			exec("""
					create temp table bench_ws on commit drop as
					select row_number() over (partition by type order by display_order) - 1 as k, id, type
					from workstation where district_id = %s""".formatted(DISTRICT));
			int industry = scale.workstations - scale.communityWorkstations;
			step("representatives", () -> exec("""
					insert into representative (district_id, name, gender, organization, position, phone, electoral_unit,
					                            term, community_workstation_id, industry_workstation_id, status, started_on,
					                            version, created_at, updated_at)
					select %s,
					       (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','罗','高'])[1 + g %% 20]
					       || (array['建国','丽华','志强','秀英','海燕','伟','芳','敏','静','军','磊','洋','勇','艳','杰','娟','涛','明','超','霞',
					                 '平','刚','桂英','文','华','红','玲','斌','鹏','辉'])[1 + (g / 20) %% 30] || g,
					       case when g %% 2 = 0 then 'MALE' else 'FEMALE' end, '盐田区第' || (g %% 500) || '单位', '干部',
					       '138' || lpad(g::text, 8, '0'), '第' || (g %% 50) || '选举单位', '第六届',
					       c.id, i.id, 'ACTIVE', date '2020-01-01', 0, now(), now()
					from generate_series(0, %d) g
					join bench_ws c on c.type = 'COMMUNITY' and c.k = g %% %d
					left join bench_ws i on i.type = 'INDUSTRY' and g %% 3 = 0 and i.k = (g / 3) %% %d""".formatted(
					DISTRICT, scale.representatives - 1, scale.communityWorkstations, Math.max(industry, 1))));
			exec("""
					create temp table bench_rep on commit drop as
					select row_number() over (order by id) - 1 as k, id from representative where district_id = %s"""
				.formatted(DISTRICT));
			step("activity records", () -> {
				try (PreparedStatement ps = db.prepareStatement("""
						insert into activity (district_id, representative_id, item_code, occurred_on, title, satisfaction,
						                      status, created_by, created_at, updated_at, version)
						select %s, t.rep, t.item, t.day, '履职记录',
						       case when t.item = 3 then case when t.u3 < 0.6 then 'VERY_SATISFIED'
						                                      when t.u3 < 0.9 then 'BASICALLY_SATISFIED'
						                                      else 'DISSATISFIED' end end,
						       'VERIFIED', 'bench-staff', t.at, t.at + interval '2 days', 1
						from (
						    select x.rep, x.u3,
						           case when x.s < 3 and x.u1 < 0.3 then 9 else (?::int[])[1 + floor(x.u2 * 100)::int] end as item,
						           x.day, (x.day + time '10:00') at time zone 'Asia/Shanghai' as at
						    from (
						        select r.id as rep, s.s, random() as u1, random() as u2, random() as u3,
						               make_date(c.y, 1, 1) + floor(random() * (make_date(c.y + 1, 1, 1) - make_date(c.y, 1, 1)))::int as day
						        from bench_rep r
						        cross join unnest(?::int[]) as c(y)
						        cross join lateral generate_series(0, %s - 1) as s(s)
						    ) x
						) t
						order by t.day""".formatted(DISTRICT, recordsExpr()))) {
					ps.setArray(1, db.createArrayOf("integer", itemSlots()));
					ps.setArray(2, db.createArrayOf("integer",
							scale.cycles.stream().map(Integer.class::cast).toArray(Integer[]::new)));
					return (long) ps.executeUpdate();
				}
			});
			if (history) {
				step("activity history", () -> exec("""
						insert into activity_history (activity, activity_key, status, by_username, at, reason)
						select a.id, h.k, h.status, h.by, a.created_at + h.after, null
						from activity a
						cross join (values (0, 'RECORDED', 'bench-staff', interval '0 days'),
						                   (1, 'VERIFIED', 'bench-office', interval '2 days')) as h(k, status, by, after)
						where a.district_id = %s""".formatted(DISTRICT)));
			}
			step("ledger entries", () -> exec("""
					insert into ledger_entry (district_id, representative_id, cycle, occurred_on, kind, points, item_code,
					                          category, activity_id, standard_version, reason, booked_by, booked_at)
					with versions as (
					    select id, version, effective_from,
					           coalesce(lead(effective_from) over (order by effective_from), date '9999-12-31') as until
					    from standard_version where district_id = %s
					)
					select a.district_id, a.representative_id, extract(year from a.occurred_on)::int, a.occurred_on, 'BOOKED',
					       case when si.rule_kind = 'BY_SATISFACTION' then
					                case a.satisfaction when 'VERY_SATISFIED' then si.very_satisfied
					                                    when 'BASICALLY_SATISFIED' then si.basically_satisfied
					                                    else si.dissatisfied end
					            else si.points end,
					       a.item_code, si.category, a.id, v.version, null, 'bench-office', a.updated_at
					from activity a
					join versions v on a.occurred_on >= v.effective_from and a.occurred_on < v.until
					join standard_item si on si.standard_version = v.id and si.code = a.item_code
					where a.district_id = %s and a.status = 'VERIFIED'""".formatted(DISTRICT, DISTRICT)));
			step("ledger accounts", () -> exec("""
					insert into ledger_account (district_id, representative_id, cycle, service, deliberation, supervision,
					                            exemplary, adjustments, total)
					select district_id, representative_id, cycle,
					       coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'SERVICE'), 0),
					       coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'DELIBERATION'), 0),
					       coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'SUPERVISION'), 0),
					       coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'EXEMPLARY'), 0),
					       coalesce(sum(points) filter (where kind = 'ADJUSTED'), 0),
					       sum(points)
					from ledger_entry where district_id = %s
					group by district_id, representative_id, cycle""".formatted(DISTRICT)));
			step("recreate indexes and foreign keys", () -> {
				for (String ddl : recreate) {
					exec(ddl);
				}
				return (long) recreate.size();
			});
			step("commit", () -> {
				db.commit();
				return null;
			});
		}
		catch (SQLException | RuntimeException e) {
			db.rollback();
			throw e;
		}
		finally {
			db.setAutoCommit(true);
		}
		step("vacuum analyze", () -> {
			exec("vacuum (analyze) workstation, representative, " + String.join(", ", TABLES));
			return null;
		});
		steps.put("total", (System.nanoTime() - all) / 1e9);
	}

	private void requireEmpty() throws SQLException {
		long rows = queryLong("select (select count(*) from representative) + (select count(*) from workstation)"
				+ " + (select count(*) from activity)");
		if (rows > 0) {
			throw new IllegalStateException("The database already holds workstations, representatives or records;"
					+ " the generator only fills an empty Lvzhi database (or pass -Dbench.reuse=true to measure the"
					+ " data that is there).");
		}
	}

	/** Drops plain indexes (not those behind a constraint) and foreign keys of the tables; returns their DDL. */
	private List<String> dropIndexesAndForeignKeys() throws SQLException {
		String tables = "(" + String.join(", ", TABLES.stream().map(t -> "'" + t + "'::regclass").toList()) + ")";
		List<String> indexes = new ArrayList<>();
		List<String> dropIndexes = new ArrayList<>();
		try (Statement st = db.createStatement();
				ResultSet rs = st.executeQuery("select indexrelid::regclass::text, pg_get_indexdef(indexrelid)"
						+ " from pg_index i where indrelid in " + tables
						+ " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)")) {
			while (rs.next()) {
				dropIndexes.add("drop index " + rs.getString(1));
				indexes.add(rs.getString(2));
			}
		}
		List<String> foreignKeys = new ArrayList<>();
		List<String> dropForeignKeys = new ArrayList<>();
		try (Statement st = db.createStatement();
				ResultSet rs = st.executeQuery("select conrelid::regclass::text, quote_ident(conname), "
						+ "pg_get_constraintdef(oid) from pg_constraint where contype = 'f' and conrelid in " + tables)) {
			while (rs.next()) {
				dropForeignKeys.add("alter table " + rs.getString(1) + " drop constraint " + rs.getString(2));
				foreignKeys.add("alter table " + rs.getString(1) + " add constraint " + rs.getString(2) + " "
						+ rs.getString(3));
			}
		}
		for (String ddl : dropForeignKeys) {
			exec(ddl);
		}
		for (String ddl : dropIndexes) {
			exec(ddl);
		}
		List<String> recreate = new ArrayList<>(indexes);
		recreate.addAll(foreignKeys);
		return recreate;
	}

	/** Checks the loaded data: counts, ledger_account = entry sums, item-9 within its cap. */
	Map<String, Object> check() throws SQLException {
		var result = new LinkedHashMap<String, Object>();
		result.put("workstations", queryLong("select count(*) from workstation"));
		result.put("representatives", queryLong("select count(*) from representative"));
		result.put("verified records", queryLong("select count(*) from activity where status = 'VERIFIED'"));
		result.put("history rows", queryLong("select count(*) from activity_history"));
		result.put("ledger entries", queryLong("select count(*) from ledger_entry"));
		result.put("ledger accounts", queryLong("select count(*) from ledger_account"));
		result.put("accounts differing from entry sums", queryLong("""
				select count(*) from ledger_account a
				full join (select representative_id, cycle,
				                  coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'SERVICE'), 0) as service,
				                  coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'DELIBERATION'), 0) as deliberation,
				                  coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'SUPERVISION'), 0) as supervision,
				                  coalesce(sum(points) filter (where kind <> 'ADJUSTED' and category = 'EXEMPLARY'), 0) as exemplary,
				                  coalesce(sum(points) filter (where kind = 'ADJUSTED'), 0) as adjustments,
				                  sum(points) as total
				           from ledger_entry group by representative_id, cycle) e
				  on e.representative_id = a.representative_id and e.cycle = a.cycle
				where (a.service, a.deliberation, a.supervision, a.exemplary, a.adjustments, a.total)
				      is distinct from (e.service, e.deliberation, e.supervision, e.exemplary, e.adjustments, e.total)"""));
		result.put("item-9 sums over the cap", queryLong("""
				select count(*) from (select 1 from ledger_entry where item_code = 9
				                      group by representative_id, cycle having sum(points) > 9) x"""));
		result.put("representative-cycles at the item-9 cap", queryLong("""
				select count(*) from (select 1 from ledger_entry where item_code = 9
				                      group by representative_id, cycle having sum(points) = 9) x"""));
		result.put("database size", queryString("select pg_size_pretty(pg_database_size(current_database()))"));
		return result;
	}

	private interface Step {

		Long run() throws SQLException;
	}

	private void step(String name, Step step) throws SQLException {
		long start = System.nanoTime();
		Long rows = step.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		steps.put(name, seconds);
		System.out.printf("  load: %-40s %8.1f s%s%n", name, seconds, rows == null ? "" : "  (" + rows + ")");
	}

	private long exec(String sql) throws SQLException {
		try (Statement st = db.createStatement()) {
			st.execute(sql);
			return Math.max(st.getUpdateCount(), 0);
		}
	}

	long queryLong(String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	String queryString(String sql) throws SQLException {
		try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
