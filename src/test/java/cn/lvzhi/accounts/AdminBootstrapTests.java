package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/**
 * The first administrator: a generated password always meets the policy. That no second one is
 * made is in {@link AccountsModuleTests}.
 */
class AdminBootstrapTests {

	@Test
	void generatesPasswordsThatMeetThePolicy() {
		for (int i = 0; i < 1000; i++) {
			String password = AdminBootstrap.generate();
			assertThat(PasswordPolicy.check("password", password, AdminBootstrap.ADMIN))
				.as("generated password %s", password)
				.isEmpty();
		}
	}

	@Test
	void generatesDifferentPasswords() {
		assertThat(AdminBootstrap.generate()).isNotEqualTo(AdminBootstrap.generate());
	}
}
