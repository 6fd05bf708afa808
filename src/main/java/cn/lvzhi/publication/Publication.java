package cn.lvzhi.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Problem;

/**
 * A quarterly list (季度公布) of a district: drafted by the office as of the quarter's last day,
 * then approved — and so published — by the evaluation group, or discarded as a draft. Its rows
 * and content hash are fixed when it is drafted and never change; only its status moves, and
 * only forward.
 */
public final class Publication {

	private final Long id;

	private final long districtId;

	private final int year;

	private final int quarter;

	private PublicationStatus status;

	private final LocalDate asOf;

	private final String contentHash;

	private final String draftedBy;

	private final Instant draftedAt;

	private String approvedBy;

	private Instant publishedAt;

	private String discardedBy;

	private Instant discardedAt;

	private String discardReason;

	private final int version;

	private final List<PublicationRow> rows;

	Publication(Long id, long districtId, int year, int quarter, PublicationStatus status, LocalDate asOf,
			String contentHash, String draftedBy, Instant draftedAt, String approvedBy, Instant publishedAt,
			String discardedBy, Instant discardedAt, String discardReason, int version, List<PublicationRow> rows) {
		this.id = id;
		this.districtId = districtId;
		this.year = year;
		this.quarter = quarter;
		this.status = status;
		this.asOf = asOf;
		this.contentHash = contentHash;
		this.draftedBy = draftedBy;
		this.draftedAt = draftedAt;
		this.approvedBy = approvedBy;
		this.publishedAt = publishedAt;
		this.discardedBy = discardedBy;
		this.discardedAt = discardedAt;
		this.discardReason = discardReason;
		this.version = version;
		this.rows = List.copyOf(rows);
	}

	/** The last day of a quarter: what its list counts up to. */
	public static LocalDate lastDayOf(int year, int quarter) {
		return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	static Publication draft(long districtId, String districtName, int year, int quarter, List<PublicationRow> rows,
			String by, Instant at) {
		LocalDate asOf = lastDayOf(year, quarter);
		return new Publication(null, districtId, year, quarter, PublicationStatus.DRAFT, asOf,
				ContentHash.of(districtName, year, quarter, asOf, rows), by, at, null, null, null, null, null, 0, rows);
	}

	/**
	 * The evaluation group approves a draft, which publishes it. Whoever drafted it does not
	 * approve it too (four eyes), even holding both roles.
	 */
	void approve(CurrentUser user, Instant at) {
		if (status != PublicationStatus.DRAFT) {
			throw new Problem.Conflict("publication.problem.not-a-draft", status.name());
		}
		if (user.username().equals(draftedBy)) {
			throw new Problem.Forbidden("publication.problem.own-draft");
		}
		status = PublicationStatus.PUBLISHED;
		approvedBy = user.username();
		publishedAt = at;
	}

	/** The office discards a draft (a mistake found before approval); a published list stays. */
	void discard(CurrentUser user, String reason, Instant at) {
		if (status != PublicationStatus.DRAFT) {
			throw new Problem.Conflict("publication.problem.not-a-draft", status.name());
		}
		status = PublicationStatus.DISCARDED;
		discardedBy = user.username();
		discardedAt = at;
		discardReason = reason;
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}

	public long id() {
		return id;
	}

	Long idOrNull() {
		return id;
	}

	public long districtId() {
		return districtId;
	}

	public int year() {
		return year;
	}

	public int quarter() {
		return quarter;
	}

	public PublicationStatus status() {
		return status;
	}

	public LocalDate asOf() {
		return asOf;
	}

	public String contentHash() {
		return contentHash;
	}

	public String draftedBy() {
		return draftedBy;
	}

	public Instant draftedAt() {
		return draftedAt;
	}

	public Optional<String> approvedBy() {
		return Optional.ofNullable(approvedBy);
	}

	public Optional<Instant> publishedAt() {
		return Optional.ofNullable(publishedAt);
	}

	public Optional<String> discardedBy() {
		return Optional.ofNullable(discardedBy);
	}

	public Optional<Instant> discardedAt() {
		return Optional.ofNullable(discardedAt);
	}

	public Optional<String> discardReason() {
		return Optional.ofNullable(discardReason);
	}

	public int version() {
		return version;
	}

	public List<PublicationRow> rows() {
		return rows;
	}

	@Override
	public String toString() {
		return "Publication[" + id + " " + year + "-Q" + quarter + " " + status + "]";
	}
}
