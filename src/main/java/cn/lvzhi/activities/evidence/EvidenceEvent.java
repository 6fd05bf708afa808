package cn.lvzhi.activities.evidence;

import cn.lvzhi.shared.Auditable;

/**
 * An evidence file added to or downloaded from an activity record, for the audit trail. Recorded
 * against the activity record, so that its trail shows its evidence too.
 */
record EvidenceEvent(String action, long activityId, Attachment attachment) implements Auditable {

	static final String ADDED = "EVIDENCE_ADDED";

	static final String DOWNLOADED = "EVIDENCE_DOWNLOADED";

	@Override
	public String recordType() {
		return "ACTIVITY";
	}

	@Override
	public String recordId() {
		return Long.toString(activityId);
	}

	@Override
	public String summary() {
		return "attachment " + attachment.id() + " \"" + attachment.filename() + "\" (" + attachment.contentType() + ", "
				+ attachment.size() + " bytes, sha256 " + attachment.sha256() + ")";
	}
}
