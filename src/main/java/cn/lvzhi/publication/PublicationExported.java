package cn.lvzhi.publication;

/** Somebody (also an anonymous visitor of a published list) downloaded a list as a file. */
public record PublicationExported(long districtId, long publicationId, int year, int quarter, String format,
		boolean publicDownload) implements PublicationEvent {

	@Override
	public String action() {
		return "PUBLICATION_EXPORTED";
	}

	@Override
	public String summary() {
		return PublicationEvent.super.summary() + " as " + format + (publicDownload ? " (public download)" : "");
	}
}
