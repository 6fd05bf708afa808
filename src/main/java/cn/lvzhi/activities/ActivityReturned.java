package cn.lvzhi.activities;

import java.time.LocalDate;

/**
 * The office returned a record (or the evaluation group a referred one) for more information, with a reason.
 * {@code reason} is {@code null} where none was needed.
 */
public record ActivityReturned(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by, String reason) implements ActivityEvent {

	static ActivityReturned of(ActivityRecord record, String by, String reason) {
		return new ActivityReturned(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by, reason);
	}

	@Override
	public String action() {
		return "ACTIVITY_RETURNED";
	}

	@Override
	public String summary() {
		return ActivityEvent.super.summary() + (reason == null ? "" : ", reason: " + reason);
	}
}
