package cn.lvzhi.evaluation.web;

import cn.lvzhi.activities.ActivityView;
import cn.lvzhi.evaluation.Amendment;
import cn.lvzhi.evaluation.CaseStatus;
import cn.lvzhi.evaluation.Inbox;
import cn.lvzhi.evaluation.Outcome;

/**
 * A review request or complaint as its page shows it: what was asked ({@code text}), by whom and
 * when, about whom and which record (with the record's state and points as they are now), the
 * contact as the viewer may see it, and the decision once there is one.
 */
record CaseView(Inbox.Kind kind, long id, CaseStatus status, String text, String receivedBy, String receivedAt,
		Long representativeId, String representativeName, ActivityView record, String contact, Outcome outcome,
		String decisionReason, Amendment amendment, String decidedBy, String decidedAt) {

	public boolean open() {
		return status == CaseStatus.OPEN;
	}
}
