package cn.lvzhi.publication;

import cn.lvzhi.shared.Auditable;

/** Something that happened to a quarterly list; recorded in the audit trail. */
public sealed interface PublicationEvent extends Auditable
		permits PublicationDrafted, PublicationPublished, PublicationDiscarded, PublicationExported {

	long districtId();

	long publicationId();

	int year();

	int quarter();

	@Override
	default String recordType() {
		return "PUBLICATION";
	}

	@Override
	default String recordId() {
		return Long.toString(publicationId());
	}

	@Override
	default String summary() {
		return year() + "-Q" + quarter();
	}
}
