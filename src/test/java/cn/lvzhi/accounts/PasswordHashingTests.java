package cn.lvzhi.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/** Passwords are hashed with BCrypt at cost 10 outside the tests. */
class PasswordHashingTests {

	@Test
	void hashesWithBcryptAtTheConfiguredCost() {
		var encoder = new SecurityConfiguration().passwordEncoder(10);
		String hash = encoder.encode("Lvzhi-Test-2026");
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(encoder.matches("Lvzhi-Test-2026", hash)).isTrue();
		assertThat(encoder.matches("lvzhi-test-2026", hash)).isFalse();
	}

	@Test
	void onlyTheTestProfileLowersTheCost() {
		var main = new YamlPropertiesFactoryBean();
		main.setResources(new ClassPathResource("application.yml"), new ClassPathResource("application-demo.yml"));
		assertThat(main.getObject()).doesNotContainKey("lvzhi.security.bcrypt-strength");
	}
}
