package cn.lvzhi.roster;

/** Whether a representative is serving (在任) or their term has ended (已离任). */
public enum RepresentativeStatus {
	ACTIVE, ENDED
}
