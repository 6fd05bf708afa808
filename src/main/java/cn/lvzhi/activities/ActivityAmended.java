package cn.lvzhi.activities;

import java.time.LocalDate;

/** A returned record was amended and goes back to SUBMITTED. */
public record ActivityAmended(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by) implements ActivityEvent {

	static ActivityAmended of(ActivityRecord record, String by) {
		return new ActivityAmended(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by);
	}

	@Override
	public String action() {
		return "ACTIVITY_AMENDED";
	}
}
