package cn.lvzhi.evaluation;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.relational.core.mapping.Column;

/**
 * The evaluation group's decision as a review request or complaint keeps it once decided: the
 * outcome, the written reason, the amendment made (if any), who decided and when. Embedded in
 * both aggregates (columns {@code outcome}, {@code decision_reason}, {@code amendment_type},
 * {@code amendment_points}, {@code decided_by}, {@code decided_at}); absent while the case is open.
 */
public record Verdict(Outcome outcome, @Column("decision_reason") String reason, Amendment.Type amendmentType,
		Integer amendmentPoints, String decidedBy, Instant decidedAt) {

	static Verdict of(Decision decision, String by, Instant now) {
		Amendment amendment = decision.amendment();
		return new Verdict(decision.outcome(), decision.reason(), amendment == null ? null : amendment.type(),
				amendment == null ? null : amendment.points(), by, now);
	}

	public Optional<Amendment> amendment() {
		return amendmentType == null ? Optional.empty() : Optional.of(new Amendment(amendmentType, amendmentPoints));
	}
}
