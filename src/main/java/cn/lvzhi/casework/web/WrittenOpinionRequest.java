package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.casework.WrittenOpinionDetails;

/** A written opinion as the API receives it (its document comes afterwards, as a file of its own). */
record WrittenOpinionRequest(LocalDate occurredOn, String title, String content, List<Long> participantIds) {

	WrittenOpinionDetails details() {
		return new WrittenOpinionDetails(occurredOn, title, content, participantIds);
	}
}
