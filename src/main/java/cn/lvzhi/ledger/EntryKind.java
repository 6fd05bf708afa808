package cn.lvzhi.ledger;

/** Why an entry exists: points booked for a record, reversed (capped, revoked), or adjusted by hand. */
public enum EntryKind {
	BOOKED, REVERSED, ADJUSTED
}
