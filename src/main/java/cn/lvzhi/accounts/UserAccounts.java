package cn.lvzhi.accounts;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads the principal for sign-in. */
@Component
class UserAccounts implements UserDetailsService {

	private final UserRepository users;

	private final Clock clock;

	UserAccounts(UserRepository users, Clock clock) {
		this.users = users;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsernameIgnoreCase(username)
			.map(u -> new SignedInUser(u, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}
}
