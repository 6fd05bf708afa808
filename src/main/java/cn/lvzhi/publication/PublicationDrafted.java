package cn.lvzhi.publication;

/** The office drafted the list of a quarter. */
public record PublicationDrafted(long districtId, long publicationId, int year, int quarter, int rows,
		String contentHash) implements PublicationEvent {

	@Override
	public String action() {
		return "PUBLICATION_DRAFTED";
	}

	@Override
	public String summary() {
		return PublicationEvent.super.summary() + ", " + rows + " rows, sha256 " + contentHash;
	}
}
