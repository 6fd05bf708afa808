package cn.lvzhi.accounts;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's open browser sessions when an administrator disables the account or sets a
 * new password: the change takes effect on the user's next click, not when the session would
 * have timed out.
 */
@Component
class SessionTermination {

	static final Set<String> ENDS_SESSIONS = Set.of("USER_DISABLED", "USER_PASSWORD_RESET");

	private final SessionRegistry sessions;

	SessionTermination(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	@EventListener
	void on(AccountEvent event) {
		if (event.userId() == null || !ENDS_SESSIONS.contains(event.action())) {
			return;
		}
		for (Object principal : sessions.getAllPrincipals()) {
			if (principal instanceof SignedInUser user && user.userId() == event.userId()) {
				sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
			}
		}
	}
}
