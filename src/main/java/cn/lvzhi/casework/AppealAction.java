package cn.lvzhi.casework;

/**
 * What is done to an appeal: the steps of its history and the buttons of its page
 * ({@link AppealPolicy#actions}). {@code RATING_LINK} issues the constituent's one-time rating link.
 */
public enum AppealAction {
	REGISTER, PROXY, ASSIGN, FOLLOW_UP, RESOLVE, RATE, RATING_LINK, REOPEN
}
