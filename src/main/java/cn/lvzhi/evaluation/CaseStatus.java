package cn.lvzhi.evaluation;

/** Where a review request or complaint stands: waiting for the evaluation group (待处理), or decided once (已答复). */
public enum CaseStatus {
	OPEN, DECIDED
}
