package cn.lvzhi.casework;

/**
 * The casework entered once with its participants, each earning its item of the standard for every
 * participant (DOMAIN.md): a collective inspection or research (视察调研, item 6), an inquiry or
 * questioning of a department (询问 / 质询, item 10), a written opinion on supervision (书面意见建议,
 * item 11). The item codes are those of the Yantian standard the district starts with; a later
 * version that drops one refuses the entry for days it is in force (422 naming {@code occurredOn}).
 */
public enum CollectiveCaseKind {

	/** 集中视察调研: the report comes afterwards. */
	INSPECTION(6),
	/** 询问、质询: the department's answer may come afterwards. */
	INQUIRY(10),
	/** 书面意见建议: with its document. */
	WRITTEN_OPINION(11);

	private final int itemCode;

	CollectiveCaseKind(int itemCode) {
		this.itemCode = itemCode;
	}

	/** The item of the standard each participant's record claims. */
	public int itemCode() {
		return itemCode;
	}
}
