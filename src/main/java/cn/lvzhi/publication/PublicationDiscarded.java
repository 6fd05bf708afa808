package cn.lvzhi.publication;

/** The office discarded a draft, so that a corrected list can be drafted. */
public record PublicationDiscarded(long districtId, long publicationId, int year, int quarter, String reason)
		implements PublicationEvent {

	@Override
	public String action() {
		return "PUBLICATION_DISCARDED";
	}

	@Override
	public String summary() {
		return PublicationEvent.super.summary() + " draft discarded" + (reason == null ? "" : ": " + reason);
	}
}
