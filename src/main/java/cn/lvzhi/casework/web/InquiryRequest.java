package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.util.List;

import cn.lvzhi.casework.InquiryDetails;

/**
 * An inquiry as the API receives it; {@code kind} is text ({@code INQUIRY} or {@code QUESTIONING}),
 * so that an unknown kind is a 422 naming the field rather than an unreadable body.
 */
record InquiryRequest(String kind, LocalDate occurredOn, String department, String question, String answer,
		List<Long> participantIds) {

	InquiryDetails details() {
		return new InquiryDetails(kind, occurredOn, department, question, answer, participantIds);
	}
}
