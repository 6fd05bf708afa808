package cn.lvzhi.casework;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/** A handling unit's response to a proposal (答复), as the office recorded it: one per unit. */
@Table("proposal_reply")
public record ProposalReply(String handlingUnit, String content, String recordedBy, Instant recordedAt) {

	public static final int CONTENT_MAX = 10000;
}
