package cn.lvzhi.activities.web;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.activities.CollectiveDetails;

/** A collective activity as the API receives it. */
record CollectiveRequest(Integer itemCode, LocalDate occurredOn, String title, String description,
		List<Long> participantIds) {

	CollectiveDetails details() {
		return new CollectiveDetails(itemCode, occurredOn, title, description, participantIds);
	}
}
