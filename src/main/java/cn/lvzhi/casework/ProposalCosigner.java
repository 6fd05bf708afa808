package cn.lvzhi.casework;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A representative invited to co-sign a motion (联署), and once they confirmed: when, by whom (the
 * representative's user, or the office marking a signature on a paper motion, {@code onPaper}).
 */
@Table("proposal_cosigner")
public record ProposalCosigner(long representativeId, @Nullable Instant confirmedAt, @Nullable String confirmedBy,
		boolean onPaper) {

	static ProposalCosigner invited(long representativeId) {
		return new ProposalCosigner(representativeId, null, null, false);
	}

	public boolean confirmed() {
		return confirmedAt != null;
	}

	ProposalCosigner confirm(String by, Instant now, boolean paper) {
		return new ProposalCosigner(representativeId, now, by, paper);
	}
}
