package cn.lvzhi.evaluation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
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

	private Outcome outcome;

	private String decisionReason;

	private Amendment.Type amendmentType;

	private Integer amendmentPoints;

	private String decidedBy;

	private Instant decidedAt;

	ReviewRequest(Long id, Integer version, long districtId, long activityId, long representativeId, String reason,
			CaseStatus status, Long openActivityId, String requestedBy, Instant requestedAt, Outcome outcome,
			String decisionReason, Amendment.Type amendmentType, Integer amendmentPoints, String decidedBy,
			Instant decidedAt) {
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
		this.outcome = outcome;
		this.decisionReason = decisionReason;
		this.amendmentType = amendmentType;
		this.amendmentPoints = amendmentPoints;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	static ReviewRequest open(long districtId, long activityId, long representativeId, String reason, String by,
			Instant now) {
		return new ReviewRequest(null, null, districtId, activityId, representativeId, reason, CaseStatus.OPEN,
				activityId, by, now, null, null, null, null, null, null);
	}

	/** Records the decision (checked already); a review is decided once. */
	void decide(Decision decision, String by, Instant now) {
		if (status != CaseStatus.OPEN) {
			throw new Problem.Conflict("evaluation.problem.decided");
		}
		status = CaseStatus.DECIDED;
		openActivityId = null;
		outcome = decision.outcome();
		decisionReason = decision.reason();
		amendmentType = decision.amendment() == null ? null : decision.amendment().type();
		amendmentPoints = decision.amendment() == null ? null : decision.amendment().points();
		decidedBy = by;
		decidedAt = now;
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

	public Optional<Outcome> outcome() {
		return Optional.ofNullable(outcome);
	}

	public Optional<String> decisionReason() {
		return Optional.ofNullable(decisionReason);
	}

	public Optional<Amendment> amendment() {
		return amendmentType == null ? Optional.empty() : Optional.of(new Amendment(amendmentType, amendmentPoints));
	}

	public Optional<String> decidedBy() {
		return Optional.ofNullable(decidedBy);
	}

	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(decidedAt);
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
