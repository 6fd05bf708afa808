package cn.lvzhi.evaluation;

/** The evaluation group's answer: the original decision stands (维持), or it is corrected (予以更正). */
public enum Outcome {
	UPHELD, AMENDED
}
