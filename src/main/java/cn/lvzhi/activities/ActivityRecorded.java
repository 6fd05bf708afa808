package cn.lvzhi.activities;

import java.time.LocalDate;

/** The workstation recorded a reported activity, or workstation staff or the office entered one (RECORDED). */
public record ActivityRecorded(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by) implements ActivityEvent {

	static ActivityRecorded of(ActivityRecord record, String by) {
		return new ActivityRecorded(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by);
	}

	@Override
	public String action() {
		return "ACTIVITY_RECORDED";
	}
}
