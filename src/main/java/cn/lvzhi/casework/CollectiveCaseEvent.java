package cn.lvzhi.casework;

import cn.lvzhi.shared.Auditable;

/**
 * Something happened to an inspection, inquiry or written opinion, for the audit trail: entered
 * with its participants, its report or answer written, a file added or downloaded. Published in
 * the transaction of the change, so its audit entry commits or rolls back with it. The summary
 * names no personal data: representatives by id, files by name, size and SHA-256.
 *
 * @param step what happened, e.g. {@code ENTERED}, {@code REPORTED}; the action is the kind and the
 * step ({@code INSPECTION_REPORTED})
 */
public record CollectiveCaseEvent(long districtId, CollectiveCaseKind kind, long caseId, String step, String summary)
		implements Auditable {

	public static final String ENTERED = "ENTERED";

	public static final String REPORTED = "REPORTED";

	public static final String ANSWERED = "ANSWERED";

	public static final String FILE_ADDED = "FILE_ADDED";

	public static final String FILE_DOWNLOADED = "FILE_DOWNLOADED";

	@Override
	public String action() {
		return kind.name() + "_" + step;
	}

	@Override
	public String recordType() {
		return kind.name();
	}

	@Override
	public String recordId() {
		return Long.toString(caseId);
	}

	static String describe(CaseFile file) {
		return "file \"" + file.filename() + "\" (" + file.contentType() + ", " + file.size() + " bytes, sha256 "
				+ file.sha256() + ")";
	}
}
