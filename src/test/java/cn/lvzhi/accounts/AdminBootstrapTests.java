package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.lvzhi.OnH2;

/** The first administrator: a generated password always meets the policy; never a second one. */
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

	@OnH2
	static class OnH2Tests {

		@Autowired
		AdminBootstrap bootstrap;

		@Autowired
		UserRepository users;

		@Test
		void createsNoUserWhenUsersExist() {
			long before = users.count();
			assertThat(before).isPositive();
			bootstrap.run(null);
			assertThat(users.count()).isEqualTo(before);
		}
	}
}
