package cn.lvzhi.activities;

import java.time.LocalDate;

/** The representative reported their own activity (SUBMITTED). */
public record ActivityReported(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by) implements ActivityEvent {

	static ActivityReported of(ActivityRecord record, String by) {
		return new ActivityReported(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by);
	}

	@Override
	public String action() {
		return "ACTIVITY_REPORTED";
	}
}
