package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * An inquiry or questioning as it is entered: its kind ({@code INQUIRY} 询问 or {@code QUESTIONING}
 * 质询, as text so that an unknown one is a field error), the day, the department questioned, the
 * question, the department's answer if it is known already, and who took part.
 */
public record InquiryDetails(String kind, LocalDate occurredOn, String department, String question, String answer,
		List<Long> participantIds) {

	public static final int DEPARTMENT_MAX = 200;

	public static final int QUESTION_MAX = 4000;

	public static final int ANSWER_MAX = 10000;

	/** What is wrong with the fields only this case has; the day and participants are checked with the records. */
	List<FieldViolation> violations() {
		var found = new ArrayList<FieldViolation>();
		if (kind == null || kind.isBlank()) {
			found.add(new FieldViolation("kind", "validation.required"));
		}
		else if (InquiryKind.parse(kind).isEmpty()) {
			found.add(new FieldViolation("kind", "inquiry.validation.kind"));
		}
		CaseTexts.required(found, "department", department, DEPARTMENT_MAX);
		CaseTexts.required(found, "question", question, QUESTION_MAX);
		CaseTexts.optional(found, "answer", answer, ANSWER_MAX);
		return found;
	}

	/** The kind, once {@link #violations()} found none. */
	InquiryKind inquiryKind() {
		return InquiryKind.valueOf(kind);
	}
}
