package cn.lvzhi;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * A signed-in user for tests that drive services directly (no HTTP, no account needed): the
 * services only see the {@link CurrentUser} contract. In a {@link WebSlice} it is the user a
 * request is signed in as ({@link #signedIn()}).
 */
public record Actor(String username, long districtId, Set<Role> roles, Long workstation, Long representative)
		implements CurrentUser {

	public static Actor of(String username, long districtId, Role role) {
		return new Actor(username, districtId, EnumSet.of(role), null, null);
	}

	public static Actor staff(String username, long districtId, long workstationId) {
		return new Actor(username, districtId, EnumSet.of(Role.WORKSTATION_STAFF), workstationId, null);
	}

	public static Actor representative(String username, long districtId, long representativeId) {
		return new Actor(username, districtId, EnumSet.of(Role.REPRESENTATIVE), null, representativeId);
	}

	/** An office user of the {@link WebSlice} district. */
	public static Actor office() {
		return of("office", WebSlice.DISTRICT.id(), Role.OFFICE);
	}

	/** A request signed in as this user: the principal the controllers get, with its roles' authorities. */
	public RequestPostProcessor signedIn() {
		return SecurityMockMvcRequestPostProcessors.authentication(UsernamePasswordAuthenticationToken.authenticated(this,
				null, roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
	}

	@Override
	public long userId() {
		return -1;
	}

	@Override
	public String displayName() {
		return username;
	}

	@Override
	public Optional<Long> workstationId() {
		return Optional.ofNullable(workstation);
	}

	@Override
	public Optional<Long> representativeId() {
		return Optional.ofNullable(representative);
	}
}
