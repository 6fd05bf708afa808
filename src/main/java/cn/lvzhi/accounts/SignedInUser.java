package cn.lvzhi.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/** The security principal: a snapshot of a {@link User} taken at sign-in. */
final class SignedInUser implements UserDetails, CredentialsContainer, CurrentUser {

	private final long userId;
	private final String username;
	private final String displayName;
	private final long districtId;
	private final Set<Role> roles;
	private final Long workstationId;
	private final Long representativeId;
	private final boolean enabled;
	private final Instant signedInAt;
	private String passwordHash;

	SignedInUser(User user, Instant now) {
		this.userId = user.id();
		this.username = user.username();
		this.displayName = user.displayName();
		this.districtId = user.districtId();
		this.roles = Set.copyOf(user.roles());
		this.workstationId = user.workstationId().orElse(null);
		this.representativeId = user.representativeId().orElse(null);
		this.enabled = user.enabled();
		this.passwordHash = user.passwordHash();
		this.signedInAt = now;
	}

	/** Whether this snapshot still speaks for the user as they are now (see {@link SessionValidity}). */
	boolean stillValidFor(User current) {
		return current.acceptsSessionSignedInAt(signedInAt);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	/**
	 * Always: locks apply to an account at a client address, which the principal does not know;
	 * {@link VerifiedCredentials} refuses a locked sign-in before the password is checked.
	 */
	@Override
	public boolean isAccountNonLocked() {
		return true;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public long userId() {
		return userId;
	}

	@Override
	public String username() {
		return username;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public long districtId() {
		return districtId;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

	@Override
	public Optional<Long> workstationId() {
		return Optional.ofNullable(workstationId);
	}

	@Override
	public Optional<Long> representativeId() {
		return Optional.ofNullable(representativeId);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SignedInUser other && other.userId == userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(userId);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + username + "]";
	}
}
