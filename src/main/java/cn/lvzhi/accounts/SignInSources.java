package cn.lvzhi.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in state of each account at each client address ({@code sign_in_source}) and the
 * failures of each address across accounts ({@code sign_in_address}). Counting reads the row
 * {@code for update} in a transaction, so concurrent failures are all counted, on H2 and
 * PostgreSQL alike.
 */
@Component
class SignInSources {

	/** Longest address kept (an IPv6 address with a zone); longer ones are cut. */
	static final int ADDRESS_LENGTH = 64;

	/** One account at one address. */
	record Source(int failures, int lockCount, Instant lockedUntil, Instant signedInAt) {

		boolean isLocked(Instant now) {
			return lockedUntil != null && lockedUntil.isAfter(now);
		}

		boolean known() {
			return signedInAt != null;
		}
	}

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	SignInSources(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	static String address(String remoteAddress) {
		return remoteAddress.length() > ADDRESS_LENGTH ? remoteAddress.substring(0, ADDRESS_LENGTH) : remoteAddress;
	}

	Optional<Source> find(long userId, String remoteAddress) {
		return select(userId, remoteAddress, "");
	}

	/** The row of the account at the address; {@code lock} is "" or " for update". */
	private Optional<Source> select(long userId, String remoteAddress, String lock) {
		return jdbc.sql("""
				select failures, lock_count, locked_until, signed_in_at from sign_in_source
				where app_user = :user and remote_address = :address""" + lock)
			.param("user", userId)
			.param("address", address(remoteAddress))
			.query((rs, n) -> new Source(rs.getInt(1), rs.getInt(2), instant(rs.getObject(3, OffsetDateTime.class)),
					instant(rs.getObject(4, OffsetDateTime.class))))
			.optional();
	}

	/**
	 * A successful sign-in: the address becomes known for the account, and its count and lock
	 * level start again. Writes only when something changes (every API call signs in).
	 */
	void signedIn(long userId, String remoteAddress, Instant now) {
		var source = find(userId, remoteAddress);
		if (source.isPresent() && source.get().known() && source.get().failures() == 0
				&& source.get().lockCount() == 0 && source.get().lockedUntil() == null) {
			return;
		}
		ensure(userId, remoteAddress, now);
		jdbc.sql("""
				update sign_in_source set failures = 0, lock_count = 0, locked_until = null, signed_in_at = :now,
				updated_at = :now where app_user = :user and remote_address = :address""")
			.param("now", at(now))
			.param("user", userId)
			.param("address", address(remoteAddress))
			.update();
	}

	/** A failed sign-in of the account from the address; answers how long a lock it imposed, if any. */
	Optional<Duration> failed(long userId, String remoteAddress, Instant now, SignInProperties rules) {
		ensure(userId, remoteAddress, now);
		return tx.execute(status -> {
			Source s = select(userId, remoteAddress, " for update").orElseThrow();
			if (s.isLocked(now)) {
				return Optional.<Duration>empty();
			}
			int failures = s.failures() + 1;
			int locks = s.lockCount();
			Instant lockedUntil = s.lockedUntil();
			Duration imposed = null;
			if (failures >= rules.maxFailures()) {
				locks++;
				imposed = rules.lockDuration(locks);
				lockedUntil = now.plus(imposed);
				failures = 0;
			}
			jdbc.sql("""
					update sign_in_source set failures = :failures, lock_count = :locks, locked_until = :until,
					updated_at = :now where app_user = :user and remote_address = :address""")
				.param("failures", failures)
				.param("locks", locks)
				.param("until", lockedUntil == null ? null : at(lockedUntil))
				.param("now", at(now))
				.param("user", userId)
				.param("address", address(remoteAddress))
				.update();
			return Optional.ofNullable(imposed);
		});
	}

	/** Whether the account is locked at any address now. */
	boolean anyLocked(long userId, Instant now) {
		return jdbc.sql("select count(*) from sign_in_source where app_user = :user and locked_until > :now")
			.param("user", userId)
			.param("now", at(now))
			.query(Long.class)
			.single() > 0;
	}

	/** Lifts every address's lock of the account and starts its counts again. */
	void unlock(long userId, Instant now) {
		jdbc.sql("""
				update sign_in_source set failures = 0, lock_count = 0, locked_until = null, updated_at = :now
				where app_user = :user""")
			.param("now", at(now))
			.param("user", userId)
			.update();
	}

	/** Until when sign-ins from the address are refused, if they are. */
	Optional<Instant> throttledUntil(String remoteAddress, Instant now, SignInProperties rules) {
		return jdbc.sql("select window_started_at, failures from sign_in_address where remote_address = :address")
			.param("address", address(remoteAddress))
			.query((rs, n) -> rs.getInt(2) >= rules.maxFailuresPerAddress()
					? instant(rs.getObject(1, OffsetDateTime.class)).plus(rules.addressWindow()) : null)
			.optional()
			.filter(until -> until.isAfter(now));
	}

	/**
	 * A failed sign-in from the address, for any account or none. Answers whether this failure
	 * reached the limit (once a window), so that it is audited once.
	 */
	boolean addressFailed(String remoteAddress, Instant now, SignInProperties rules) {
		String address = address(remoteAddress);
		try {
			jdbc.sql("""
					insert into sign_in_address (remote_address, window_started_at, failures)
					select :address, :now, 0 where not exists
					(select 1 from sign_in_address where remote_address = :address)""")
				.param("address", address)
				.param("now", at(now))
				.update();
		}
		catch (DuplicateKeyException concurrentlyInserted) {
			// Another request inserted it at the same time: count on that row.
		}
		return Boolean.TRUE.equals(tx.execute(status -> {
			var row = jdbc
				.sql("select window_started_at, failures from sign_in_address where remote_address = :address for update")
				.param("address", address)
				.query((rs, n) -> new Object[] { instant(rs.getObject(1, OffsetDateTime.class)), rs.getInt(2) })
				.single();
			Instant started = (Instant) row[0];
			int failures = (int) row[1];
			if (!started.plus(rules.addressWindow()).isAfter(now)) {
				started = now;
				failures = 0;
			}
			failures++;
			jdbc.sql("update sign_in_address set window_started_at = :started, failures = :failures "
					+ "where remote_address = :address")
				.param("started", at(started))
				.param("failures", failures)
				.param("address", address)
				.update();
			return failures == rules.maxFailuresPerAddress();
		}));
	}

	private void ensure(long userId, String remoteAddress, Instant now) {
		try {
			jdbc.sql("""
					insert into sign_in_source (app_user, remote_address, failures, lock_count, updated_at)
					select :user, :address, 0, 0, :now where not exists
					(select 1 from sign_in_source where app_user = :user and remote_address = :address)""")
				.param("user", userId)
				.param("address", address(remoteAddress))
				.param("now", at(now))
				.update();
		}
		catch (DuplicateKeyException concurrentlyInserted) {
			// Another request inserted it at the same time.
		}
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
