package cn.lvzhi.evaluation.web;

import cn.lvzhi.evaluation.Complaints;

/** {@code {representativeId?, activityId?, contact?, content}} of a question or complaint. */
record ComplaintBody(Long representativeId, Long activityId, String contact, String content) {

	Complaints.Submission submission() {
		return new Complaints.Submission(representativeId, activityId, contact, content);
	}
}
