package cn.lvzhi.accounts;

import java.time.Clock;

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
		String username = event.getAuthentication().getName();
		String action = event instanceof AuthenticationFailureLockedEvent ? "LOGIN_REFUSED_LOCKED"
				: event instanceof AuthenticationFailureDisabledEvent ? "LOGIN_REFUSED_DISABLED" : "LOGIN_FAILED";
		for (int attempt = 0; attempt < 3; attempt++) {
			try {
				tx.executeWithoutResult(status -> {
					var user = users.findByUsernameIgnoreCase(username);
					events.publishEvent(new AccountEvent(action, username, user.map(User::id).orElse(null),
							user.isPresent() ? "failed sign-in" : "failed sign-in for an unknown username", false,
							username));
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
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		tx.executeWithoutResult(status -> users.findByUsernameIgnoreCase(username).ifPresent(u -> {
			if (u.failedAttempts() > 0 || u.lockedUntil().isPresent()) {
				u.signedIn(clock.instant());
				users.save(u);
			}
		}));
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
