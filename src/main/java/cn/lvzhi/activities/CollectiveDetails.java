package cn.lvzhi.activities;

import java.time.LocalDate;
import java.util.List;

/**
 * A collective activity (an inspection, a community event) as it is entered, with its participants;
 * the place, where one is given (casework's inspections), goes on each participant's record.
 */
public record CollectiveDetails(Integer itemCode, LocalDate occurredOn, String title, String description, String place,
		List<Long> participantIds) {

	public static final int MAX_PARTICIPANTS = 500;

	/** Details without a place. */
	public CollectiveDetails(Integer itemCode, LocalDate occurredOn, String title, String description,
			List<Long> participantIds) {
		this(itemCode, occurredOn, title, description, null, participantIds);
	}

	ActivityDetails activity() {
		return new ActivityDetails(itemCode, occurredOn, title, description, place, null, null);
	}
}
