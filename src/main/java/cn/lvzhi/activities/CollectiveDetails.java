package cn.lvzhi.activities;

import java.time.LocalDate;
import java.util.List;

/** A collective activity (an inspection, a community event) as it is entered, with its participants. */
public record CollectiveDetails(Integer itemCode, LocalDate occurredOn, String title, String description,
		List<Long> participantIds) {

	public static final int MAX_PARTICIPANTS = 500;

	ActivityDetails activity() {
		return new ActivityDetails(itemCode, occurredOn, title, description, null, null, null);
	}
}
