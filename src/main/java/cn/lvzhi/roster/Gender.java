package cn.lvzhi.roster;

/** A representative's gender (性别). */
public enum Gender {
	MALE, FEMALE
}
