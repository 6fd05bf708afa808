package cn.lvzhi.roster;

/** A workstation is a community one (社区党代表工作室) or an industry one (行业党代表工作室). */
public enum WorkstationType {

	COMMUNITY, INDUSTRY;

	/** The message when a workstation of another type is given where one of this type belongs. */
	String notThisTypeKey() {
		return this == COMMUNITY ? "roster.validation.workstation.not-community"
				: "roster.validation.workstation.not-industry";
	}
}
