package cn.lvzhi.web;

import org.springframework.stereotype.Component;

import cn.lvzhi.accounts.User;
import cn.lvzhi.accounts.Users;

/**
 * The names of the people behind the usernames that histories and ledgers keep, for the pages
 * ({@code ${@people.name(h.by())}}): who verified a record, who proxied an appeal. A username that
 * no account has (a system step such as {@code rating-link}) is shown as it is.
 */
@Component("people")
public class People {

	private final Users users;

	People(Users users) {
		this.users = users;
	}

	/** The display name of the user with {@code username}, or the username itself. */
	public String name(String username) {
		if (username == null) {
			return null;
		}
		return users.findByUsername(username).map(User::displayName).orElse(username);
	}
}
