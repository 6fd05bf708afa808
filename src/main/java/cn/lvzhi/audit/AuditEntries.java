package cn.lvzhi.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;

/**
 * The table {@code audit_entry}: append-only. This class inserts and reads; by design it has no
 * way to change or remove a line (AuditAppendOnlyTests keeps it so).
 */
@Repository
class AuditEntries {

	private static final String COLUMNS = "id, occurred_at, username, roles, remote_address, action, record_type, "
			+ "record_id, success, summary";

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A line to append; text is cut to the width of its column. */
	record NewEntry(long districtId, Instant at, String username, String roles, String remoteAddress, String action,
			String recordType, String recordId, boolean success, String summary) {
	}

	void append(NewEntry entry) {
		jdbc.sql("insert into audit_entry (district_id, occurred_at, username, roles, remote_address, action, "
				+ "record_type, record_id, success, summary) values (:district, :at, :username, :roles, :address, "
				+ ":action, :recordType, :recordId, :success, :summary)")
			.param("district", entry.districtId())
			.param("at", entry.at().atOffset(ZoneOffset.UTC))
			.param("username", cut(entry.username(), 64))
			.param("roles", cut(entry.roles(), 200))
			.param("address", cut(entry.remoteAddress(), 64))
			.param("action", cut(entry.action(), 64))
			.param("recordType", cut(entry.recordType(), 64))
			.param("recordId", cut(entry.recordId(), 64))
			.param("success", entry.success())
			.param("summary", cut(entry.summary(), 2000))
			.update();
	}

	/** One page of a district's entries matching the filter, newest first. */
	PageResult<AuditEntry> page(long districtId, ZoneId zone, AuditFilter filter, PageQuery page) {
		var where = new Where(districtId, zone, filter);
		long total = where.bind(jdbc.sql("select count(*) from audit_entry " + where.sql))
			.query(Long.class)
			.single();
		List<AuditEntry> items = where
			.bind(jdbc.sql("select " + COLUMNS + " from audit_entry " + where.sql
					+ " order by occurred_at desc, id desc limit :limit offset :offset"))
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> map(rs, zone))
			.list();
		return page.result(items, total);
	}

	/** Every matching entry up to {@code limit}, newest first, handed over one by one. */
	long each(long districtId, ZoneId zone, AuditFilter filter, int limit, Consumer<AuditEntry> sink) {
		var where = new Where(districtId, zone, filter);
		long[] count = { 0 };
		where.bind(jdbc.sql("select " + COLUMNS + " from audit_entry " + where.sql
				+ " order by occurred_at desc, id desc limit :limit"))
			.param("limit", limit)
			.query(rs -> {
				sink.accept(map(rs, zone));
				count[0]++;
			});
		return count[0];
	}

	private static AuditEntry map(ResultSet rs, ZoneId zone) throws SQLException {
		String roles = rs.getString("roles");
		return new AuditEntry(rs.getLong("id"),
				rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
				rs.getString("username"),
				roles == null || roles.isBlank() ? List.of() : Arrays.asList(roles.split(",")),
				rs.getString("remote_address"), rs.getString("action"), rs.getString("record_type"),
				rs.getString("record_id"), rs.getBoolean("success"), rs.getString("summary"));
	}

	static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

	/** The where clause of a filter, with its parameters. */
	private static final class Where {

		final String sql;

		final Map<String, Object> params = new LinkedHashMap<>();

		Where(long districtId, ZoneId zone, AuditFilter filter) {
			var sb = new StringBuilder("where district_id = :district");
			params.put("district", districtId);
			if (filter.from() != null) {
				sb.append(" and occurred_at >= :from");
				params.put("from", startOf(filter.from(), zone));
			}
			if (filter.to() != null) {
				sb.append(" and occurred_at < :to");
				params.put("to", startOf(filter.to().plusDays(1), zone));
			}
			if (filter.username() != null) {
				sb.append(" and lower(username) = :username");
				params.put("username", filter.username().toLowerCase());
			}
			if (filter.action() != null) {
				sb.append(" and action = :action");
				params.put("action", filter.action());
			}
			if (filter.recordType() != null) {
				sb.append(" and record_type = :recordType");
				params.put("recordType", filter.recordType());
			}
			if (filter.recordId() != null) {
				sb.append(" and record_id = :recordId");
				params.put("recordId", filter.recordId());
			}
			this.sql = sb.toString();
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
			params.forEach(spec::param);
			return spec;
		}

		private static OffsetDateTime startOf(LocalDate day, ZoneId zone) {
			return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		}
	}
}
