package cn.lvzhi.activities;

import java.time.LocalDate;

/**
 * The office verified a record (or the evaluation group verified a rejected or referred one, with a reason); its
 * points are booked by the ledger in the same transaction.
 * {@code reason} is {@code null} where none was needed.
 */
public record ActivityVerified(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by, String reason) implements ActivityEvent {

	static ActivityVerified of(ActivityRecord record, String by, String reason) {
		return new ActivityVerified(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by, reason);
	}

	@Override
	public String action() {
		return "ACTIVITY_VERIFIED";
	}

	@Override
	public String summary() {
		return ActivityEvent.super.summary() + (reason == null ? "" : ", reason: " + reason);
	}
}
