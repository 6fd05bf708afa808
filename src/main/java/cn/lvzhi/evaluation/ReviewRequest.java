package cn.lvzhi.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;

/**
 * A representative's request to review a decision on their own record (复核申请): the record, a
 * reason, and once decided the evaluation group's decision. It is decided at most once: a second
 * decision is a {@link Problem.Conflict}.
 */
@Table("review_request")
public class ReviewRequest {

	public static final int REASON_MAX = 2000;

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final long activityId;

	private final long representativeId;

	private final String reason;

	private CaseStatus status;

	/** The record while the review is open, {@code null} after: one open review per record (unique index). */
	private Long openActivityId;

	private final String requestedBy;

	private final Instant requestedAt;

	/** The decision, once made. */
	@Embedded.Nullable
	private Verdict verdict;

	ReviewRequest(Long id, Integer version, long districtId, long activityId, long representativeId, String reason,
			CaseStatus status, Long openActivityId, String requestedBy, Instant requestedAt, Verdict verdict) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.activityId = activityId;
		this.representativeId = representativeId;
		this.reason = reason;
		this.status = status;
		this.openActivityId = openActivityId;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.verdict = verdict;
	}

	static ReviewRequest open(long districtId, long activityId, long representativeId, String reason, String by,
			Instant now) {
		return new ReviewRequest(null, null, districtId, activityId, representativeId, reason, CaseStatus.OPEN,
				activityId, by, now, null);
	}

	/** Records the decision (checked already); a review is decided once. */
	void decide(Decision decision, String by, Instant now) {
		if (status != CaseStatus.OPEN) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		status = CaseStatus.DECIDED;
		openActivityId = null;
		verdict = Verdict.of(decision, by, now);
	}

	public Long id() {
		return id;
	}

	public long districtId() {
		return districtId;
	}

	public long activityId() {
		return activityId;
	}

	public long representativeId() {
		return representativeId;
	}

	public String reason() {
		return reason;
	}

	public CaseStatus status() {
		return status;
	}

	public String requestedBy() {
		return requestedBy;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	/** The group's decision, once decided. */
	public Optional<Verdict> verdict() {
		return Optional.ofNullable(verdict);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ReviewRequest other && id != null && Objects.equals(id, other.id);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id);
	}

	@Override
	public String toString() {
		return "ReviewRequest[" + id + " record " + activityId + " " + status + "]";
	}
}
