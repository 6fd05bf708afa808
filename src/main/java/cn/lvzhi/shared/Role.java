package cn.lvzhi.shared;

/** The roles of DOMAIN.md. A user may hold several. */
public enum Role {
	REPRESENTATIVE, WORKSTATION_STAFF, OFFICE, EVALUATION_GROUP, ADMIN, AUDITOR;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}
}
