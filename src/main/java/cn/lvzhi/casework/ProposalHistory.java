package cn.lvzhi.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a proposal: what happened, the state it left the proposal in, who, when, and a
 * note (the reason of a withdrawal, the co-signer who confirmed, the unit that responded).
 */
@Table("proposal_history")
public record ProposalHistory(Step step, ProposalStatus status, String byUsername, Instant at, @Nullable String note) {

	/** What happened. */
	public enum Step {
		DRAFTED, COSIGNED, SUBMITTED, ASSIGNED, REPLIED, EVALUATED, WITHDRAWN
	}
}
