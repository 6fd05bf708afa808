package cn.lvzhi.standard;

/** A constituent's rating of how an appeal was resolved (非常满意 / 基本满意 / 不满意). */
public enum Satisfaction {
	VERY_SATISFIED, BASICALLY_SATISFIED, DISSATISFIED
}
