package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.casework.InspectionDetails;

/** An inspection as the API receives it. */
record InspectionRequest(LocalDate occurredOn, String title, String description, String place,
		List<Long> participantIds) {

	InspectionDetails details() {
		return new InspectionDetails(occurredOn, title, description, place, participantIds);
	}
}
