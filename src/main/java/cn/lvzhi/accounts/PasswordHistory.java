package cn.lvzhi.accounts;

import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The hashes of a user's last {@value #REMEMBERED} passwords (the current one included), so that
 * a new password cannot be one of them. Hashes are salted, so each is compared with the password
 * encoder; older ones are deleted.
 */
@Component
class PasswordHistory {

	static final int REMEMBERED = 5;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	PasswordHistory(JdbcClient jdbc, PasswordEncoder encoder) {
		this.jdbc = jdbc;
		this.encoder = encoder;
	}

	/** Whether {@code password} is one of the user's last {@value #REMEMBERED} passwords. */
	boolean isRecent(long userId, String password) {
		return jdbc.sql("select password_hash from password_history where app_user = :user order by id desc limit :n")
			.param("user", userId)
			.param("n", REMEMBERED)
			.query(String.class)
			.list()
			.stream()
			.anyMatch(hash -> encoder.matches(password, hash));
	}

	/** Remembers a password just set, and forgets all but the last {@value #REMEMBERED}. */
	void record(long userId, String passwordHash, Instant at) {
		jdbc.sql("insert into password_history (app_user, password_hash, set_at) values (:user, :hash, :at)")
			.param("user", userId)
			.param("hash", passwordHash)
			.param("at", at.atOffset(java.time.ZoneOffset.UTC))
			.update();
		Optional<Long> oldestKept = jdbc
			.sql("select id from password_history where app_user = :user order by id desc limit 1 offset :skip")
			.param("user", userId)
			.param("skip", REMEMBERED - 1)
			.query(Long.class)
			.optional();
		oldestKept.ifPresent(id -> jdbc.sql("delete from password_history where app_user = :user and id < :id")
			.param("user", userId)
			.param("id", id)
			.update());
	}
}
