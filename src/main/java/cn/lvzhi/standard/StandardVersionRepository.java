package cn.lvzhi.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Stores versions of the standard. Insert and read only: a version is never changed. */
@Repository
class StandardVersionRepository {

	private final JdbcClient jdbc;

	StandardVersionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<StandardVersion.Summary> summaries(long districtId) {
		return jdbc.sql("""
				select v.version, v.name, v.effective_from,
				       (select count(*) from standard_item i where i.standard_version = v.id) as item_count
				from standard_version v where v.district_id = ? order by v.version""")
			.param(districtId)
			.query((rs, n) -> new StandardVersion.Summary(rs.getInt("version"), rs.getString("name"),
					rs.getObject("effective_from", LocalDate.class), rs.getInt("item_count")))
			.list();
	}

	Optional<StandardVersion> findByNumber(long districtId, int number) {
		return jdbc.sql("select * from standard_version where district_id = ? and version = ?")
			.params(districtId, number)
			.query(this::version)
			.optional();
	}

	/** The version with the latest effective-from date on or before {@code day}. */
	Optional<StandardVersion> findInForce(long districtId, LocalDate day) {
		return jdbc.sql("""
				select * from standard_version where district_id = ? and effective_from <= ?
				order by effective_from desc limit 1""")
			.params(districtId, day)
			.query(this::version)
			.optional();
	}

	Optional<StandardVersion> findLatest(long districtId) {
		return jdbc.sql("select * from standard_version where district_id = ? order by effective_from desc limit 1")
			.param(districtId)
			.query(this::version)
			.optional();
	}

	StandardVersion insert(StandardVersion version) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into standard_version (district_id, version, name, effective_from, created_by, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(version.districtId(), version.number(), version.name(), version.effectiveFrom(),
					version.createdBy(), OffsetDateTime.ofInstant(version.createdAt(), ZoneOffset.UTC))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		int position = 0;
		for (StandardItem item : version.items()) {
			Rule rule = item.rule();
			Integer points = rule instanceof Rule.PerOccurrence p ? p.points() : null;
			Tiers tiers = rule instanceof Rule.BySatisfaction s ? s.tiers() : null;
			jdbc.sql("""
					insert into standard_item (standard_version, standard_version_key, code, category, title, rule_kind,
					    points, very_satisfied, basically_satisfied, dissatisfied, cap_per_cycle)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, position++, item.code(), item.category().name(), item.title(), rule.kind().name(), points,
						tiers == null ? null : tiers.verySatisfied(), tiers == null ? null : tiers.basicallySatisfied(),
						tiers == null ? null : tiers.dissatisfied(),
						rule.capPerCycle().isPresent() ? rule.capPerCycle().getAsInt() : null)
				.update();
		}
		return version.withId(id);
	}

	private StandardVersion version(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new StandardVersion(id, rs.getLong("district_id"), rs.getInt("version"), rs.getString("name"),
				rs.getObject("effective_from", LocalDate.class), items(id), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private List<StandardItem> items(long versionId) {
		return jdbc.sql("select * from standard_item where standard_version = ? order by standard_version_key")
			.param(versionId)
			.query((rs, n) -> new StandardItem(rs.getInt("code"), Category.valueOf(rs.getString("category")),
					rs.getString("title"), rule(rs)))
			.list();
	}

	private static Rule rule(ResultSet rs) throws SQLException {
		Integer cap = rs.getObject("cap_per_cycle", Integer.class);
		return switch (Rule.Kind.valueOf(rs.getString("rule_kind"))) {
			case PER_OCCURRENCE -> new Rule.PerOccurrence(rs.getInt("points"), cap);
			case BY_SATISFACTION -> new Rule.BySatisfaction(new Tiers(rs.getInt("very_satisfied"),
					rs.getInt("basically_satisfied"), rs.getInt("dissatisfied")), cap);
		};
	}
}
