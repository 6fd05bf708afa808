package cn.lvzhi.casework;

/** How the constituent rated the result: in person, recorded by staff or the office; or through the one-time link. */
public enum AppealRatingMode {
	IN_PERSON, LINK
}
