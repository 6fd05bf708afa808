package cn.lvzhi.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins and decides who is refused (settings: {@link SignInProperties}):
 * <ul>
 * <li>failures in a row of one account from one client address lock the account for that
 * address only, each lock twice as long as the one before;</li>
 * <li>failures in a row of one account from anywhere lock it for the addresses the user has
 * never signed in from successfully — so a stranger cannot lock the owner out of the addresses
 * they use;</li>
 * <li>failures from one address across accounts (password spraying) refuse every sign-in from
 * it for the rest of a window ({@link SignInThrottle}).</li>
 * </ul>
 * A successful sign-in starts the count of that account and address again. Writes sign-ins,
 * failures, locks and throttling to the audit trail. The page says the same thing whether or not
 * the user exists, and whether or not they are locked.
 */
@Component
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final UserRepository users;

	private final SignInSources sources;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	private final SignInProperties rules;

	SignInAttempts(UserRepository users, SignInSources sources, ApplicationEventPublisher events,
			TransactionTemplate tx, Clock clock, SignInProperties rules) {
		this.users = users;
		this.sources = sources;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
		this.rules = rules;
	}

	/**
	 * Until when sign-ins of {@code username} from {@code address} are refused, if they are: the
	 * lock of that account at that address, or the account-wide lock if the user never signed in
	 * from there.
	 */
	Optional<Instant> lockedUntil(String username, String address) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		Optional<User> found = users.findByUsernameIgnoreCase(username);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		User user = found.get();
		Instant now = clock.instant();
		var source = address == null ? Optional.<SignInSources.Source>empty() : sources.find(user.id(), address);
		Instant here = source.filter(s -> s.isLocked(now)).map(SignInSources.Source::lockedUntil).orElse(null);
		boolean known = source.map(SignInSources.Source::known).orElse(false);
		Instant account = !known && user.isLocked(now) ? user.lockedUntil().orElseThrow() : null;
		if (here == null) {
			return Optional.ofNullable(account);
		}
		return Optional.of(account == null || here.isAfter(account) ? here : account);
	}

	/** Until when sign-ins from {@code address} are refused for too many failures, if they are. */
	Optional<Instant> throttledUntil(String address) {
		return address == null ? Optional.empty() : sources.throttledUntil(address, clock.instant(), rules);
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		try {
			count(event);
		}
		catch (RuntimeException e) {
			// Whatever goes wrong here, the person signing in gets the usual "wrong username or
			// password", never a 500; the failure is in the log.
			log.error("Could not record a failed sign-in", e);
		}
	}

	private void count(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
		String tried = name == null ? "" : name;
		String address = addressOf(event.getAuthentication());
		String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_REFUSED_LOCKED"
				: event instanceof AuthenticationFailureDisabledEvent ? "LOGIN_REFUSED_DISABLED" : "LOGIN_FAILED";
		boolean badPassword = event instanceof AuthenticationFailureBadCredentialsEvent;
		Counted counted = null;
		for (int attempt = 0; attempt < 3 && counted == null; attempt++) {
			try {
				counted = tx.execute(status -> {
					var found = tried.isEmpty() ? Optional.<User>empty() : users.findByUsernameIgnoreCase(tried);
					events.publishEvent(new AccountEvent(action, tried, found.map(User::id).orElse(null),
							found.isPresent() ? "failed sign-in" : "failed sign-in for an unknown username", false,
							tried));
					if (found.isPresent() && badPassword) {
						User u = found.get();
						Duration lock = u.signInFailed(clock.instant(), rules).orElse(null);
						users.save(u);
						return new Counted(u, lock);
					}
					return new Counted(found.orElse(null), null);
				});
			}
			catch (OptimisticLockingFailureException concurrentFailure) {
				// Another failed attempt for the same user was counted at the same time: count again.
			}
		}
		if (counted == null) {
			log.warn("Could not count a failed sign-in for '{}' after 3 tries", tried);
		}
		User user = counted == null ? null : counted.user();
		Duration accountLock = counted == null ? null : counted.accountLock();
		Duration addressLock = null;
		Instant now = clock.instant();
		try {
			if (user != null && badPassword && address != null) {
				addressLock = sources.failed(user.id(), address, now, rules).orElse(null);
			}
		}
		finally {
			// One entry for the locks this failure imposed, whatever happened after the first.
			if (accountLock != null || addressLock != null) {
				var locks = new java.util.ArrayList<String>();
				if (addressLock != null) {
					locks.add("for " + minutes(addressLock) + " minutes for address " + SignInSources.address(address));
				}
				if (accountLock != null) {
					locks.add("for " + minutes(accountLock) + " minutes for every address the user never signed in from");
				}
				events.publishEvent(new AccountEvent("ACCOUNT_LOCKED", user.username(), user.id(),
						"locked " + String.join(" and ", locks) + ", after " + rules.maxFailures()
								+ " failed sign-ins in a row",
						true, user.username()));
			}
		}
		if (address == null) {
			return;
		}
		if (sources.addressFailed(address, now, rules)) {
			events.publishEvent(new AccountEvent("SIGN_IN_THROTTLED", tried, null,
					"sign-ins from " + SignInSources.address(address) + " refused for up to "
							+ minutes(rules.addressWindow()) + " minutes after " + rules.maxFailuresPerAddress()
							+ " failed sign-ins", false, tried));
		}
	}

	/** The user a failed sign-in named, if any, and the account-wide lock it imposed, if any. */
	private record Counted(User user, Duration accountLock) {
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		String address = addressOf(event.getAuthentication());
		try {
			Instant now = clock.instant();
			Long id = tx.execute(status -> users.findByUsernameIgnoreCase(username).map(u -> {
				if (u.hasSignInStateToClear(now)) {
					u.signedIn(now);
					users.save(u);
				}
				return u.id();
			}).orElse(null));
			if (id != null && address != null) {
				sources.signedIn(id, address, now);
			}
		}
		catch (RuntimeException e) {
			// A concurrent change of the same user (another request signing in): the count is
			// cleared by that one, or by the next sign-in; the sign-in itself stands.
			log.warn("Could not clear the failed sign-ins of '{}': {}", username, e.toString());
		}
	}

	/** Interactive (form) sign-ins are audited; each Basic-authenticated API call is not. */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		tx.executeWithoutResult(status -> users.findByUsernameIgnoreCase(username)
			.ifPresent(u -> events.publishEvent(new AccountEvent("LOGIN", u.username(), u.id(), "signed in", true,
					u.username()))));
	}

	/**
	 * The client address of a sign-in: as the container reports it ({@code getRemoteAddr()},
	 * which honours a trusted proxy's headers only where the container is told to).
	 */
	static String addressOf(Authentication authentication) {
		if (authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}

	private static long minutes(Duration duration) {
		return duration.toMinutes();
	}
}
