package cn.lvzhi.publication;

import java.time.Instant;

/** The evaluation group approved a draft: the list is published, public and final. */
public record PublicationPublished(long districtId, long publicationId, int year, int quarter, Instant publishedAt,
		String contentHash) implements PublicationEvent {

	@Override
	public String action() {
		return "PUBLICATION_PUBLISHED";
	}

	@Override
	public String summary() {
		return PublicationEvent.super.summary() + " approved and published, sha256 " + contentHash;
	}
}
