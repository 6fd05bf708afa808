package cn.lvzhi.casework;

import java.time.Instant;

/** A document of a proposal filed on paper (a scan or photo), as listed: its bytes are fetched on download. */
public record ProposalDocument(long id, long proposalId, String filename, String contentType, long size,
		String uploadedBy, Instant uploadedAt) {
}
