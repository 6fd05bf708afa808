package cn.lvzhi.activities;

import java.time.LocalDate;

import cn.lvzhi.shared.Auditable;

/**
 * Something that happened to an activity record, published inside the transaction of the change
 * (the audit trail records each; the ledger books {@link ActivityVerified} and
 * {@link ActivityRevoked}).
 */
public sealed interface ActivityEvent extends Auditable permits ActivityReported, ActivityRecorded,
		ActivityVerified, ActivityRejected, ActivityReturned, ActivityReferred, ActivityAmended, ActivityRevoked {

	long districtId();

	long activityId();

	long representativeId();

	int itemCode();

	LocalDate occurredOn();

	/** The username of who acted. */
	String by();

	/** The cycle the record counts in. */
	default int cycle() {
		return occurredOn().getYear();
	}

	@Override
	default String recordType() {
		return "ACTIVITY";
	}

	@Override
	default String recordId() {
		return Long.toString(activityId());
	}

	@Override
	default String summary() {
		return "representative " + representativeId() + ", item " + itemCode() + ", " + occurredOn();
	}
}
