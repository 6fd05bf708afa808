package cn.lvzhi.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;

/**
 * On the first start with an empty database, creates user {@code admin} (role ADMIN) with the
 * password from {@code LVZHI_ADMIN_PASSWORD}, or a generated one printed once to the log.
 * There is no fixed default password.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	static final String ADMIN = "admin";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final Districts districts;

	private final PasswordHistory history;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String configuredPassword;

	AdminBootstrap(UserRepository users, PasswordEncoder encoder, Districts districts, PasswordHistory history,
			ApplicationEventPublisher events, Clock clock,
			@Value("${LVZHI_ADMIN_PASSWORD:${lvzhi.admin-password:}}") String configuredPassword) {
		this.users = users;
		this.encoder = encoder;
		this.districts = districts;
		this.history = history;
		this.events = events;
		this.clock = clock;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (users.count() > 0) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		if (!generated && !PasswordPolicy.check("password", password, ADMIN).isEmpty()) {
			log.warn("LVZHI_ADMIN_PASSWORD does not meet the password policy (8+ characters of 3 kinds, not a common password); "
					+ "change it after signing in.");
		}
		User admin = users.save(User.create(districts.defaultDistrict().id(), ADMIN, "系统管理员",
				encoder.encode(password), Set.of(Role.ADMIN), null, null, clock.instant()));
		history.record(admin.id(), admin.passwordHash(), clock.instant());
		events.publishEvent(new AccountEvent("USER_CREATED", ADMIN, admin.id(), "initial administrator", true, "system"));
		if (generated) {
			log.warn("\n\n    Created user 'admin' with the generated password: {}\n"
					+ "    It is shown only this once. Set LVZHI_ADMIN_PASSWORD to choose it instead.\n", password);
		}
		else {
			log.info("Created user 'admin' with the password from LVZHI_ADMIN_PASSWORD.");
		}
	}

	static String generate() {
		var random = new SecureRandom();
		var sb = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		// Guarantee three kinds whatever the draw: upper, lower, digit in fixed slots.
		sb.setCharAt(0, ALPHABET.charAt(random.nextInt(24)));
		sb.setCharAt(1, ALPHABET.charAt(24 + random.nextInt(24)));
		sb.setCharAt(2, ALPHABET.charAt(48 + random.nextInt(8)));
		return sb.toString();
	}
}
