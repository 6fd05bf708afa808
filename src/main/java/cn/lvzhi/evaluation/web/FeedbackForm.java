package cn.lvzhi.evaluation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.Complaints;

/** The public question and complaint form: optionally a representative and a record number, a contact, the content. */
record FeedbackForm(Long representativeId, @Positive Long activityId,
		@Size(max = Complaint.CONTACT_MAX) String contact, @NotBlank @Size(max = Complaint.CONTENT_MAX) String content) {

	static FeedbackForm empty() {
		return new FeedbackForm(null, null, null, null);
	}

	Complaints.Submission submission() {
		return new Complaints.Submission(representativeId, activityId, contact, content);
	}
}
