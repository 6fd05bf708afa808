package cn.lvzhi.yearend;

/** The evaluation group's year-end grade of a representative (DOMAIN.md 10). */
public enum Grade {
	/** 优秀 */
	EXCELLENT,
	/** 称职 */
	COMPETENT,
	/** 基本称职 */
	BASICALLY_COMPETENT,
	/** 不称职 */
	INCOMPETENT
}
