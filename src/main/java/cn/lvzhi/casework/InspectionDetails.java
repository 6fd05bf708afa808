package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection as it is entered: the day, its subject, what was looked at, where, and who took
 * part. The day, subject, description and place are checked as each participant's record is (by
 * the activities module: not in the future, the item in force that day, the lengths of a record).
 */
public record InspectionDetails(LocalDate occurredOn, String title, String description, String place,
		List<Long> participantIds) {

	/** The same details with blank texts as {@code null} and the rest stripped. */
	InspectionDetails normalized() {
		return new InspectionDetails(occurredOn, CaseTexts.clean(title), CaseTexts.clean(description),
				CaseTexts.clean(place), participantIds);
	}
}
