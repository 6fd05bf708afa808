package cn.lvzhi.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * What an inspection, an inquiry and a written opinion have in common: entered once, on a day,
 * by someone, in a district, with their participants as one collective activity
 * ({@link #collectiveId()}) whose records earn the points. What follows (a report, an answer, a
 * document) is each one's own, written once.
 */
public abstract class CollectiveCase {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long collectiveId;

	private final LocalDate occurredOn;

	private final String createdBy;

	private final Instant createdAt;

	CollectiveCase(Long id, Integer version, long districtId, long collectiveId, LocalDate occurredOn,
			String createdBy, Instant createdAt) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.collectiveId = collectiveId;
		this.occurredOn = occurredOn;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long id() {
		return id;
	}

	public Integer version() {
		return version;
	}

	public long districtId() {
		return districtId;
	}

	/** The collective activity of its participants, whose records earn the points. */
	public long collectiveId() {
		return collectiveId;
	}

	public LocalDate occurredOn() {
		return occurredOn;
	}

	public String createdBy() {
		return createdBy;
	}

	public Instant createdAt() {
		return createdAt;
	}

	@Override
	public boolean equals(Object o) {
		return o != null && o.getClass() == getClass() && id != null && Objects.equals(id, ((CollectiveCase) o).id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + id + " " + occurredOn + " collective " + collectiveId + "]";
	}
}
