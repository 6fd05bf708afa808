package cn.lvzhi.accounts;

import java.time.Clock;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed sign-ins and locks an account after five in a row; writes sign-ins, failures and
 * lock-outs to the audit trail. The page says the same thing whether or not the user exists.
 */
@Component
class SignInAttempts {

	private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);

	private final UserRepository users;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate tx;

	private final Clock clock;

	SignInAttempts(UserRepository users, ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
		this.users = users;
		this.events = events;
		this.tx = tx;
		this.clock = clock;
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
		String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_REFUSED_LOCKED"
				: event instanceof AuthenticationFailureDisabledEvent ? "LOGIN_REFUSED_DISABLED" : "LOGIN_FAILED";
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				tx.executeWithoutResult(status -> {
					var user = tried.isEmpty() ? Optional.<User>empty() : users.findByUsernameIgnoreCase(tried);
					events.publishEvent(new AccountEvent(action, tried, user.map(User::id).orElse(null),
							user.isPresent() ? "failed sign-in" : "failed sign-in for an unknown username", false,
							tried));
					if (user.isPresent() && event instanceof AuthenticationFailureBadCredentialsEvent) {
						User u = user.get();
						if (u.signInFailed(clock.instant())) {
							events.publishEvent(new AccountEvent("ACCOUNT_LOCKED", u.username(), u.id(),
									"locked for " + User.LOCK_DURATION.toMinutes() + " minutes after "
											+ User.MAX_FAILED_ATTEMPTS + " failed sign-ins",
									true, u.username()));
						}
						users.save(u);
					}
				});
				return;
			}
			catch (OptimisticLockingFailureException concurrentFailure) {
				// Another failed attempt for the same user was counted at the same time: count again.
			}
		}
		log.warn("Could not count a failed sign-in for '{}' after 3 tries", tried);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		try {
			tx.executeWithoutResult(status -> users.findByUsernameIgnoreCase(username).ifPresent(u -> {
				if (u.failedAttempts() > 0 || u.lockedUntil().isPresent()) {
					u.signedIn(clock.instant());
					users.save(u);
				}
			}));
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
}
