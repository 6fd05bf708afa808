package cn.lvzhi.activities;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.shared.Auditable;

/** A collective activity was entered with its participants: one RECORDED record each. */
public record CollectiveActivityCreated(long districtId, long collectiveId, int itemCode, LocalDate occurredOn,
		List<Long> activityIds) implements Auditable {

	@Override
	public String action() {
		return "COLLECTIVE_ACTIVITY_CREATED";
	}

	@Override
	public String recordType() {
		return "COLLECTIVE_ACTIVITY";
	}

	@Override
	public String recordId() {
		return Long.toString(collectiveId);
	}

	@Override
	public String summary() {
		return "item " + itemCode + ", " + occurredOn + ", " + activityIds.size() + " participants, records "
				+ activityIds;
	}
}
