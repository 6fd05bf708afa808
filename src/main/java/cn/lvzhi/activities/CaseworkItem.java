package cn.lvzhi.activities;

import java.util.Arrays;

/**
 * The items of the standard whose records only casework creates (DOMAIN.md 11): proxying an
 * appeal (2), the appeal's result rated by the constituent (3), a suggestion (7), a motion led
 * (8) and a motion co-signed after confirming (9). Nobody enters them directly: the API and the
 * report form refuse them, and {@link SourcedRecords#record} is the only way in, with the
 * source linked on the record. Records of these items entered before the rule stay as they are.
 */
public enum CaseworkItem {

	/** 代理群众诉求: a representative takes on a constituent's appeal. */
	PROXY(2),
	/** 协助解决群众诉求: the appeal's result, scored by the constituent's rating. */
	RESOLUTION(3),
	/** 代表提议: a representative's suggestion. */
	SUGGESTION(7),
	/** 领衔提出提案: leading a congress motion. */
	MOTION(8),
	/** 联署提案: co-signing a congress motion, after confirming. */
	COSIGNATURE(9);

	private final int code;

	CaseworkItem(int code) {
		this.code = code;
	}

	/** The item's code in the standard. */
	public int code() {
		return code;
	}

	/** Whether records of the item with {@code code} come only from casework. */
	public static boolean isCaseworkOnly(Integer code) {
		return code != null && Arrays.stream(values()).anyMatch(i -> i.code == code);
	}
}
