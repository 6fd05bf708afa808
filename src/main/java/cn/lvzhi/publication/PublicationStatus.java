package cn.lvzhi.publication;

/** A list is drafted, then published by the evaluation group's approval, or discarded as a draft. */
public enum PublicationStatus {
	DRAFT, PUBLISHED, DISCARDED
}
