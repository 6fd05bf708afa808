package cn.lvzhi.publication;

import java.time.Instant;
import java.time.LocalDate;

/** A list as lists of lists show it: without its rows. */
public record PublicationSummary(long id, int year, int quarter, PublicationStatus status, LocalDate asOf,
		String contentHash, String draftedBy, Instant draftedAt, String approvedBy, Instant publishedAt,
		int rowCount) {
}
