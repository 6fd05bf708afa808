package cn.lvzhi.shared;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list read one page at a time: a {@code from} clause, the conditions that apply (each with
 * its named parameters), a count of all matching rows and one page of them in a stable order.
 * Every module's list queries use it instead of building the {@code where}, the count and the
 * {@code limit}/{@code offset} by hand. Conditions are SQL written by the caller; values only
 * ever travel as parameters.
 *
 * <pre>{@code
 * PagedQuery.from("review_request").where("district_id = :district", "district", d)
 *     .whereGiven(status == null ? null : status.name(), "status = :status", "status")
 *     .ids(jdbc, "id", "requested_at desc, id desc", page);
 * }</pre>
 */
public final class PagedQuery {

	private final String from;

	private final List<String> conditions = new ArrayList<>();

	private final Map<String, Object> params = new HashMap<>();

	private PagedQuery(String from) {
		this.from = from;
	}

	/** The rows to page through: the table, or tables and joins, after {@code from}; no {@code where}. */
	public static PagedQuery from(String from) {
		return new PagedQuery(from);
	}

	/** Binds a named parameter used by the {@code from} clause or a condition. */
	public PagedQuery param(String name, Object value) {
		params.put(name, value);
		return this;
	}

	/** Adds a condition that uses only parameters bound with {@link #param}. */
	public PagedQuery where(String condition) {
		conditions.add(condition);
		return this;
	}

	/** Adds a condition with its one parameter. */
	public PagedQuery where(String condition, String name, Object value) {
		return where(condition).param(name, value);
	}

	/** Adds a condition with its one parameter only when {@code value} is given (not null). */
	public PagedQuery whereGiven(Object value, String condition, String name) {
		return value == null ? this : where(condition, name, value);
	}

	/** How many rows match. */
	public long count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from " + clause()).params(params).query(Long.class).single();
	}

	/** One page of rows, {@code columns} read with {@code mapper}, in {@code orderBy} order. */
	public <T> List<T> rows(JdbcClient jdbc, String columns, String orderBy, PageQuery page, RowMapper<T> mapper) {
		var bound = new HashMap<>(params);
		bound.put("page_size", page.size());
		bound.put("page_offset", page.offset());
		return jdbc
			.sql("select " + columns + " from " + clause() + " order by " + orderBy
					+ " limit :page_size offset :page_offset")
			.params(bound)
			.query(mapper)
			.list();
	}

	/** One page of rows with the count of all, as the API answers a list. */
	public <T> PageResult<T> page(JdbcClient jdbc, String columns, String orderBy, PageQuery page,
			RowMapper<T> mapper) {
		long total = count(jdbc);
		List<T> items = total == 0 ? List.of() : rows(jdbc, columns, orderBy, page, mapper);
		return page.result(items, total);
	}

	/** One page of ids (the {@code idColumn}, a number) with the count of all. */
	public PageResult<Long> ids(JdbcClient jdbc, String idColumn, String orderBy, PageQuery page) {
		return page(jdbc, idColumn, orderBy, page, (rs, n) -> rs.getLong(1));
	}

	/**
	 * The aggregates found for {@code ids} (by a repository's {@code findAllById}, in no
	 * particular order) in the order of the ids; an id with nothing found is left out.
	 */
	public static <T> List<T> inOrder(List<Long> ids, Function<List<Long>, Iterable<T>> find,
			Function<T, Long> idOf) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, T> byId = new HashMap<>();
		find.apply(ids).forEach(t -> byId.put(idOf.apply(t), t));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * {@code text} for a {@code like :param escape '\'} condition that matches it anywhere, with
	 * the wildcards in it taken literally, lower-cased (compare with {@code lower(column)}).
	 */
	public static String containing(String text) {
		return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private String clause() {
		if (conditions.isEmpty()) {
			return from;
		}
		return from + " where (" + String.join(") and (", conditions) + ")";
	}
}
