package cn.lvzhi.casework.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.casework.InquiryDetails;
import cn.lvzhi.casework.InspectionDetails;
import cn.lvzhi.casework.WrittenOpinionDetails;

/**
 * The page forms of inspections, inquiries and written opinions, bound from the request; their
 * checks are the services' (one place), shown beside the fields they name.
 */
final class CollectiveCaseForms {

	private CollectiveCaseForms() {
	}

	/** An inspection's form. */
	record InspectionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, String title,
			String description, String place, List<Long> participantIds) {

		static final Set<String> FIELDS = Set.of("occurredOn", "title", "description", "place", "participantIds");

		static InspectionForm empty(LocalDate today) {
			return new InspectionForm(today, null, null, null, List.of());
		}

		InspectionDetails details() {
			return new InspectionDetails(occurredOn, title, description, place, participantIds);
		}
	}

	/** An inquiry's form. */
	record InquiryForm(String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
			String department, String question, String answer, List<Long> participantIds) {

		static final Set<String> FIELDS = Set.of("kind", "occurredOn", "department", "question", "answer",
				"participantIds");

		static InquiryForm empty(LocalDate today) {
			return new InquiryForm("INQUIRY", today, null, null, null, List.of());
		}

		InquiryDetails details() {
			return new InquiryDetails(kind, occurredOn, department, question, answer, participantIds);
		}
	}

	/** A written opinion's form (its document is a file chosen beside it). */
	record WrittenOpinionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn, String title,
			String content, List<Long> participantIds) {

		static final Set<String> FIELDS = Set.of("occurredOn", "title", "content", "participantIds");

		static WrittenOpinionForm empty(LocalDate today) {
			return new WrittenOpinionForm(today, null, null, List.of());
		}

		WrittenOpinionDetails details() {
			return new WrittenOpinionDetails(occurredOn, title, content, participantIds);
		}
	}
}
