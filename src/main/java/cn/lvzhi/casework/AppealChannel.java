package cn.lvzhi.casework;

/** How an appeal reached the workstation: on a duty shift (值班接访), a visit (走访), by phone, online. */
public enum AppealChannel {
	DUTY_SHIFT, VISIT, PHONE, ONLINE
}
