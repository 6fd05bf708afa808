package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * A written opinion on supervision as it is entered: the day it was handed in, its title, its
 * content (the text, or a summary of the document), and who wrote it. The title and day are
 * checked as each participant's record is.
 */
public record WrittenOpinionDetails(LocalDate occurredOn, String title, String content, List<Long> participantIds) {

	public static final int CONTENT_MAX = 10000;

	/** What is wrong with the fields only this case has. */
	List<FieldViolation> violations() {
		var found = new ArrayList<FieldViolation>();
		CaseTexts.required(found, "content", content, CONTENT_MAX);
		return found;
	}
}
