package cn.lvzhi;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import cn.lvzhi.shared.Role;

/** Random sets of roles for the seeded tests of the permission policies: a person may hold several. */
public final class RandomRoles {

	private RandomRoles() {
	}

	/** Each role with probability one in three, and at least one. */
	public static Set<Role> of(Random random) {
		var roles = EnumSet.noneOf(Role.class);
		for (Role role : Role.values()) {
			if (random.nextInt(3) == 0) {
				roles.add(role);
			}
		}
		if (roles.isEmpty()) {
			roles.add(Role.values()[random.nextInt(Role.values().length)]);
		}
		return roles;
	}
}
