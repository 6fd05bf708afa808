package cn.lvzhi.evaluation.web;

import java.util.Optional;

import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.CaseStatus;
import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.evaluation.Complaint;
import cn.lvzhi.evaluation.ReviewRequest;
import cn.lvzhi.evaluation.Verdict;
import cn.lvzhi.evaluation.Outcome;

/**
 * A review request or complaint as its page shows it: what was asked ({@code text}), by whom and
 * when, about whom and which record (with the record's state and points as they are now), the
 * contact as the viewer may see it, and the decision once there is one.
 */
record CaseView(Inbox.Kind kind, long id, CaseStatus status, String text, String receivedBy, String receivedAt,
		Long representativeId, String representativeName, ActivityView record, String contact, Verdict verdict,
		String decidedAt) {

	static CaseView ofReview(ReviewRequest r, ActivityView record, CasePages pages) {
		return new CaseView(Inbox.Kind.REVIEW, r.id(), r.status(), r.reason(), r.requestedBy(),
				pages.time(r.requestedAt(), r.districtId()), r.representativeId(), record.representativeName(), record,
				null, r.verdict().orElse(null), decidedAt(r.verdict(), r.districtId(), pages));
	}

	static CaseView ofComplaint(Complaint c, ActivityView record, String representativeName, String contact,
			CasePages pages) {
		return new CaseView(Inbox.Kind.COMPLAINT, c.id(), c.status(), c.content(), c.submittedBy().orElse(null),
				pages.time(c.submittedAt(), c.districtId()), c.representativeId().orElse(null), representativeName,
				record, contact, c.verdict().orElse(null), decidedAt(c.verdict(), c.districtId(), pages));
	}

	static String decidedAt(Optional<Verdict> verdict, long districtId, CasePages pages) {
		return verdict.map(v -> pages.time(v.decidedAt(), districtId)).orElse(null);
	}

	public boolean open() {
		return status == CaseStatus.OPEN;
	}

	public Outcome outcome() {
		return verdict == null ? null : verdict.outcome();
	}

	public String decisionReason() {
		return verdict == null ? null : verdict.reason();
	}

	public Amendment amendment() {
		return verdict == null ? null : verdict.amendment().orElse(null);
	}

	public String decidedBy() {
		return verdict == null ? null : verdict.decidedBy();
	}
}
