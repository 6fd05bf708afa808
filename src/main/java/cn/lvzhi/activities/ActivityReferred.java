package cn.lvzhi.activities;

import java.time.LocalDate;

/**
 * The office referred a record it finds hard to judge (难以评定) to the evaluation group, with a
 * reason (DOMAIN.md 12); the group now verifies, rejects or returns it.
 */
public record ActivityReferred(long districtId, long activityId, long representativeId, int itemCode, LocalDate occurredOn,
		String by, String reason) implements ActivityEvent {

	static ActivityReferred of(ActivityRecord record, String by, String reason) {
		return new ActivityReferred(record.districtId(), record.id(), record.representativeId(), record.itemCode(),
				record.occurredOn(), by, reason);
	}

	@Override
	public String action() {
		return "ACTIVITY_REFERRED";
	}

	@Override
	public String summary() {
		return ActivityEvent.super.summary() + ", reason: " + reason;
	}
}
