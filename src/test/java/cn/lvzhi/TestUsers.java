package cn.lvzhi;

/** Credentials the test profile starts with (see application-test.yml). */
public final class TestUsers {

	/** The password of user {@code admin}, from {@code lvzhi.admin-password} in the test profile. */
	public static final String ADMIN_PASSWORD = "Admin-Test-2026";

	/** A password that meets the policy, for users that tests create. */
	public static final String PASSWORD = "Lvzhi-Test-2026";

	private TestUsers() {
	}
}
