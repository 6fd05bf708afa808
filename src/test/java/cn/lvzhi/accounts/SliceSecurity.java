package cn.lvzhi.accounts;

import static org.mockito.Mockito.mock;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import cn.lvzhi.WebSlice;

/**
 * The security of the application in a {@link WebSlice}: both filter chains, CSRF, the CSP,
 * problem+json for 401 and 403, and {@code @PreAuthorize} on the controllers, exactly as
 * {@link SecurityConfiguration} builds them (the slice itself brings no security: Boot's security
 * auto-configuration is imported here). What they read from the database is stubbed: no
 * session of a slice test holds a signed-in user of the database (so {@link SessionValidity}
 * never reads one), and no address is throttled. The sign-in settings are the configured ones.
 */
@TestConfiguration(proxyBeanMethods = false)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
@EnableConfigurationProperties(SignInProperties.class)
@Import({ SecurityConfiguration.class, SecurityConfiguration.ProblemWriter.class, SignInThrottle.class })
public class SliceSecurity {

	@Bean
	UserRepository userRepository() {
		return mock(UserRepository.class);
	}

	@Bean
	SignInAttempts signInAttempts() {
		return mock(SignInAttempts.class);
	}
}
