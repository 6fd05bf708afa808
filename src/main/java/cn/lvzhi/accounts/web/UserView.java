package cn.lvzhi.accounts.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lvzhi.accounts.User;

/** A user as the API shows it to an administrator; never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(long id, String username, String displayName, List<String> roles, boolean enabled, boolean locked,
		Instant lockedUntil, Long workstationId, Long representativeId, Instant createdAt) {

	static UserView of(User user, Instant now) {
		boolean locked = user.isLocked(now);
		return new UserView(user.id(), user.username(), user.displayName(),
				user.roles().stream().map(Enum::name).toList(), user.enabled(), locked,
				locked ? user.lockedUntil().orElse(null) : null, user.workstationId().orElse(null),
				user.representativeId().orElse(null), user.createdAt());
	}
}
