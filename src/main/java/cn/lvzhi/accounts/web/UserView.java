package cn.lvzhi.accounts.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lvzhi.accounts.User;

/** A user as the API shows it to an administrator; never the password hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UserView(long id, String username, String displayName, List<String> roles, boolean enabled, boolean locked,
		@Nullable OffsetDateTime lockedUntil, @Nullable Long workstationId, @Nullable Long representativeId, OffsetDateTime createdAt) {

	/** The user as of {@code now}, with times in the district's time zone. */
	static UserView of(User user, Instant now, ZoneId zone) {
		boolean locked = user.isLocked(now);
		return new UserView(user.id(), user.username(), user.displayName(),
				user.roles().stream().map(Enum::name).toList(), user.enabled(), locked,
				locked ? user.lockedUntil().map(t -> t.atZone(zone).toOffsetDateTime()).orElse(null) : null, user.workstationId().orElse(null),
				user.representativeId().orElse(null), user.createdAt().atZone(zone).toOffsetDateTime());
	}
}
