package cn.lvzhi.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are counted and refused ({@code lvzhi.security.sign-in.*}).
 * <p>
 * {@code maxFailures} failed sign-ins in a row for one account from one client address lock that
 * account for that address; as many in a row for the account from anywhere lock it for every
 * address the user has never signed in from successfully (so a stranger cannot lock the owner
 * out of the addresses they use). The first lock lasts {@code firstLock}, each further one twice
 * the one before, at most {@code longestLock}. Independently, {@code maxFailuresPerAddress}
 * failed sign-ins from one address, for any accounts, within {@code addressWindow} refuse every
 * further sign-in from that address until the window ends (API: 429 with {@code Retry-After}).
 *
 * @param maxFailures failed sign-ins in a row that lock an account (per address, and for
 * unknown addresses)
 * @param firstLock how long the first lock lasts
 * @param longestLock the longest a lock lasts, however often it doubled
 * @param maxFailuresPerAddress failed sign-ins from one address, across accounts, per window
 * @param addressWindow the window of {@code maxFailuresPerAddress}
 */
@ConfigurationProperties("lvzhi.security.sign-in")
public record SignInProperties(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration firstLock,
		@DefaultValue("24h") Duration longestLock, @DefaultValue("20") int maxFailuresPerAddress,
		@DefaultValue("15m") Duration addressWindow) {

	public SignInProperties {
		if (maxFailures < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalArgumentException("lvzhi.security.sign-in: the limits must be at least 1");
		}
		if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0
				|| addressWindow.isNegative() || addressWindow.isZero()) {
			throw new IllegalArgumentException(
					"lvzhi.security.sign-in: locks and the window must be positive, the longest lock at least the first");
		}
	}

	/** How long the {@code nth} lock in a row lasts (1 for the first): doubling, at most the longest. */
	public Duration lockDuration(int nth) {
		int doublings = Math.max(0, Math.min(nth - 1, 40));
		Duration duration = firstLock;
		for (int i = 0; i < doublings && duration.compareTo(longestLock) < 0; i++) {
			duration = duration.multipliedBy(2);
		}
		return duration.compareTo(longestLock) > 0 ? longestLock : duration;
	}
}
