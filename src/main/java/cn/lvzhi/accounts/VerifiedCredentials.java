package cn.lvzhi.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks a username and password, remembering a successful check for a short while.
 * <p>
 * An API client authenticates with HTTP Basic on every call, and BCrypt — rightly slow — would
 * then cost more than the work the call asks for. A successful check is remembered for
 * {@code lvzhi.security.credential-cache} (default one minute) as a salted SHA-256 of the
 * password, kept only in this process's memory with a salt drawn at start-up; the next call
 * with the same password is accepted without BCrypt. A failed check is never remembered, so
 * lock-out counting is unchanged; disabling a user, resetting their password or locking the
 * account forgets them at once. The user's state (enabled, locked, roles) is read afresh on
 * every call.
 * <p>
 * A sign-in of an account that is locked for the client's address ({@link SignInAttempts}) is
 * refused before any password is checked, with the same answer as a wrong password.
 */
@Component
class VerifiedCredentials implements AuthenticationProvider {

	private record Remembered(byte[] digest, Instant until) {
	}

	private final DaoAuthenticationProvider dao;

	private final UserDetailsService users;

	private final SignInAttempts attempts;

	private final Clock clock;

	private final Duration ttl;

	private final byte[] salt = new byte[32];

	private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

	VerifiedCredentials(UserDetailsService users, PasswordEncoder encoder, SignInAttempts attempts, Clock clock,
			@Value("${lvzhi.security.credential-cache:PT1M}") Duration ttl) {
		this.dao = new DaoAuthenticationProvider(users);
		this.dao.setPasswordEncoder(encoder);
		this.users = users;
		this.attempts = attempts;
		this.clock = clock;
		this.ttl = ttl;
		new SecureRandom().nextBytes(salt);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (attempts.lockedUntil(username, SignInAttempts.addressOf(authentication)).isPresent()) {
			throw new LockedException("locked");
		}
		Object credentials = authentication.getCredentials();
		if (!ttl.isZero() && credentials instanceof String password && username != null) {
			String key = username.toLowerCase(Locale.ROOT);
			Remembered known = remembered.get(key);
			Instant now = clock.instant();
			if (known != null && known.until().isAfter(now) && MessageDigest.isEqual(known.digest(), digest(password))) {
				var user = users.loadUserByUsername(username);
				if (user.isEnabled() && user.isAccountNonLocked()) {
					var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
					result.setDetails(authentication.getDetails());
					return result;
				}
				remembered.remove(key);
			}
			Authentication result = dao.authenticate(authentication);
			remembered.put(key, new Remembered(digest(password), now.plus(ttl)));
			return result;
		}
		return dao.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return dao.supports(authentication);
	}

	/** Forget a user whose access changed. */
	@EventListener
	void on(AccountEvent event) {
		if (event.username() != null && FORGETS.contains(event.action())) {
			remembered.remove(event.username().toLowerCase(Locale.ROOT));
		}
	}

	static final java.util.Set<String> FORGETS = java.util.Set.of("USER_DISABLED", "USER_PASSWORD_RESET",
			"ACCOUNT_LOCKED", "LOGIN_FAILED");

	private byte[] digest(String password) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			return sha.digest(password.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
