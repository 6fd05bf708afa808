package cn.lvzhi.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import cn.lvzhi.standard.Category;

/**
 * Lists and their rows. Rows are inserted with their list and only read afterwards: there is no
 * update or delete of a row. Of a list, only the status (with who and when) changes, under an
 * optimistic version.
 */
@Repository
class PublicationRepository {

	private static final String COLUMNS = "id, district_id, cycle, quarter, status, as_of, content_hash, drafted_by,"
			+ " drafted_at, approved_by, published_at, discarded_by, discarded_at, discard_reason, version";

	private static final int ROW_BATCH = 1000;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	PublicationRepository(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Saves a new draft with its rows and answers its id.
	 * @throws org.springframework.dao.DuplicateKeyException when the quarter already has a live list
	 */
	long insert(Publication p) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into publication (district_id, cycle, quarter, status, live, as_of, content_hash, drafted_by,"
				+ " drafted_at, version) values (?, ?, ?, ?, 1, ?, ?, ?, ?, 0)")
			.params(p.districtId(), p.year(), p.quarter(), p.status().name(), p.asOf(), p.contentHash(), p.draftedBy(),
					utc(p.draftedAt()))
			.update(key, "id");
		long id = key.getKeyAs(Number.class).longValue();
		var line = new AtomicInteger();
		// one round trip per thousand rows: a province's list has a hundred thousand
		batches.batchUpdate("insert into publication_row (publication, line_no, representative_id, name, workstation_id,"
				+ " workstation_name, service, deliberation, supervision, exemplary, adjustments, total,"
				+ " quarter_points, rank_in_workstation, rank_overall)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", p.rows(), ROW_BATCH, (ps, r) -> {
					int i = 1;
					ps.setLong(i++, id);
					ps.setInt(i++, line.getAndIncrement());
					ps.setLong(i++, r.representativeId());
					ps.setString(i++, r.name());
					ps.setLong(i++, r.workstationId());
					ps.setString(i++, r.workstationName());
					ps.setInt(i++, r.points(Category.SERVICE));
					ps.setInt(i++, r.points(Category.DELIBERATION));
					ps.setInt(i++, r.points(Category.SUPERVISION));
					ps.setInt(i++, r.points(Category.EXEMPLARY));
					ps.setInt(i++, r.adjustments());
					ps.setInt(i++, r.total());
					ps.setInt(i++, r.quarterPoints());
					ps.setInt(i++, r.rankInWorkstation());
					ps.setInt(i, r.rankOverall());
				});
		return id;
	}

	/**
	 * Saves a list's new status and who moved it there.
	 * @throws OptimisticLockingFailureException when someone else moved it meanwhile
	 */
	void saveStatus(Publication p) {
		int changed = jdbc.sql("update publication set status = ?, live = ?, approved_by = ?, published_at = ?,"
				+ " discarded_by = ?, discarded_at = ?, discard_reason = ?, version = version + 1"
				+ " where id = ? and version = ?")
			.params(p.status().name(), p.status() == PublicationStatus.DISCARDED ? null : 1,
					p.approvedBy().orElse(null), p.publishedAt().map(PublicationRepository::utc).orElse(null),
					p.discardedBy().orElse(null), p.discardedAt().map(PublicationRepository::utc).orElse(null),
					p.discardReason().orElse(null), p.id(), p.version())
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("publication " + p.id() + " changed meanwhile");
		}
	}

	Optional<Publication> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from publication where id = ?")
			.param(id)
			.query((rs, n) -> header(rs))
			.optional()
			.map(h -> h.with(rows(h.id)));
	}

	/** The list of a quarter that is a draft or published (there is at most one). */
	Optional<Publication> live(long districtId, int year, int quarter) {
		return jdbc.sql("select " + COLUMNS + " from publication where district_id = ? and cycle = ? and quarter = ?"
				+ " and live = 1")
			.params(districtId, year, quarter)
			.query((rs, n) -> header(rs))
			.optional()
			.map(h -> h.with(rows(h.id)));
	}

	/** The lists of a district (of a year, or all years), newest first, with the given statuses. */
	List<PublicationSummary> summaries(long districtId, Integer year, Collection<PublicationStatus> statuses) {
		return jdbc.sql("select p.id, p.cycle, p.quarter, p.status, p.as_of, p.content_hash, p.drafted_by,"
				+ " p.drafted_at, p.approved_by, p.published_at,"
				+ " (select count(*) from publication_row r where r.publication = p.id) as row_count"
				+ " from publication p where p.district_id = :district and p.status in (:statuses)"
				+ (year == null ? "" : " and p.cycle = :year") + " order by p.cycle desc, p.quarter desc, p.id desc")
			.param("district", districtId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.param("year", year)
			.query((rs, n) -> new PublicationSummary(rs.getLong(1), rs.getInt(2), rs.getInt(3),
					PublicationStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7), instant(rs, 8), rs.getString(9), instant(rs, 10), rs.getInt(11)))
			.list();
	}

	/** The years in which the district has lists with the given statuses, newest first. */
	List<Integer> years(long districtId, Collection<PublicationStatus> statuses) {
		return jdbc.sql("select distinct cycle from publication where district_id = :district"
				+ " and status in (:statuses) order by cycle desc")
			.param("district", districtId)
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(Integer.class)
			.list();
	}

	private List<PublicationRow> rows(long publicationId) {
		return jdbc.sql("select representative_id, name, workstation_id, workstation_name, service, deliberation,"
				+ " supervision, exemplary, adjustments, total, quarter_points, rank_in_workstation, rank_overall"
				+ " from publication_row where publication = ? order by line_no")
			.param(publicationId)
			.query((rs, n) -> {
				var byCategory = new EnumMap<Category, Integer>(Category.class);
				byCategory.put(Category.SERVICE, rs.getInt(5));
				byCategory.put(Category.DELIBERATION, rs.getInt(6));
				byCategory.put(Category.SUPERVISION, rs.getInt(7));
				byCategory.put(Category.EXEMPLARY, rs.getInt(8));
				return new PublicationRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), byCategory,
						rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13));
			})
			.list();
	}

	private record Header(long id, long districtId, int year, int quarter, PublicationStatus status, LocalDate asOf,
			String hash, String draftedBy, Instant draftedAt, String approvedBy, Instant publishedAt,
			String discardedBy, Instant discardedAt, String discardReason, int version) {

		Publication with(List<PublicationRow> rows) {
			return new Publication(id, districtId, year, quarter, status, asOf, hash, draftedBy, draftedAt, approvedBy,
					publishedAt, discardedBy, discardedAt, discardReason, version, rows);
		}
	}

	private static Header header(ResultSet rs) throws SQLException {
		return new Header(rs.getLong("id"), rs.getLong("district_id"), rs.getInt("cycle"), rs.getInt("quarter"),
				PublicationStatus.valueOf(rs.getString("status")), rs.getObject("as_of", LocalDate.class),
				rs.getString("content_hash"), rs.getString("drafted_by"), instant(rs, "drafted_at"),
				rs.getString("approved_by"), instant(rs, "published_at"), rs.getString("discarded_by"),
				instant(rs, "discarded_at"), rs.getString("discard_reason"), rs.getInt("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	// ---- cycle closures ------------------------------------------------------------------------

	Optional<CycleClosure> closure(long districtId, int year) {
		return jdbc.sql("select cycle, closed_by, closed_at from cycle_closure where district_id = ? and cycle = ?")
			.params(districtId, year)
			.query((rs, n) -> new CycleClosure(rs.getInt(1), rs.getString(2), instant(rs, 3)))
			.optional();
	}

	/** @throws org.springframework.dao.DuplicateKeyException when the cycle is already closed */
	void insertClosure(long districtId, CycleClosure closure) {
		jdbc.sql("insert into cycle_closure (district_id, cycle, closed_by, closed_at) values (?, ?, ?, ?)")
			.params(districtId, closure.year(), closure.closedBy(), utc(closure.closedAt()))
			.update();
	}
}
