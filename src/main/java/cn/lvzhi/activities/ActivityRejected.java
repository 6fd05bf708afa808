package cn.lvzhi.activities;

import java.time.LocalDate;

/**
 * The office rejected a record (or the evaluation group a referred one), with a reason.
 * {@code reason} is {@code null} where none was needed.
 */
public record ActivityRejected(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by, String reason) implements ActivityEvent {

	static ActivityRejected of(ActivityRecord record, String by, String reason) {
		return new ActivityRejected(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by, reason);
	}

	@Override
	public String action() {
		return "ACTIVITY_REJECTED";
	}

	@Override
	public String summary() {
		return ActivityEvent.super.summary() + (reason == null ? "" : ", reason: " + reason);
	}
}
