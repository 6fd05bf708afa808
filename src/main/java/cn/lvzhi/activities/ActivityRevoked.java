package cn.lvzhi.activities;

import java.time.LocalDate;

/**
 * The evaluation group revoked a verified record, with a reason; the ledger reverses its points in the same transaction.
 * {@code reason} is {@code null} where none was needed.
 */
public record ActivityRevoked(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by, String reason) implements ActivityEvent {

	static ActivityRevoked of(ActivityRecord record, String by, String reason) {
		return new ActivityRevoked(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by, reason);
	}

	@Override
	public String action() {
		return "ACTIVITY_REVOKED";
	}

	@Override
	public String summary() {
		return ActivityEvent.super.summary() + (reason == null ? "" : ", reason: " + reason);
	}
}
