package cn.lvzhi.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * A user of Lvzhi. Guards its account-wide sign-in state: {@link SignInProperties#maxFailures()}
 * failed sign-ins in a row lock it, each lock twice as long as the one before; a successful
 * sign-in clears the count. The lock applies only to addresses the user never signed in from
 * ({@link SignInAttempts}); each address also has its own count and lock ({@link SignInSources}).
 */
@Table("app_user")
public class User {

	@Id
	private Long id;

	@Version
	private Integer version;

	private final long districtId;

	private final String username;

	private String displayName;

	private String passwordHash;

	private boolean enabled;

	private Long workstationId;

	private Long representativeId;

	private int failedAttempts;

	private Instant lockedUntil;

	private int lockCount;

	private Instant passwordChangedAt;

	private final Instant createdAt;

	private Instant updatedAt;

	/** Sessions opened up to this instant are over (the user was disabled or given a new password). */
	private Instant sessionsEndedAt;

	@MappedCollection(idColumn = "app_user")
	private Set<UserRole> roles;

	User(Long id, Integer version, long districtId, String username, String displayName, String passwordHash,
			boolean enabled, Long workstationId, Long representativeId, int failedAttempts, Instant lockedUntil,
			int lockCount, Instant passwordChangedAt, Instant createdAt, Instant updatedAt, Set<UserRole> roles,
			Instant sessionsEndedAt) {
		this.id = id;
		this.version = version;
		this.districtId = districtId;
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.workstationId = workstationId;
		this.representativeId = representativeId;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.lockCount = lockCount;
		this.passwordChangedAt = passwordChangedAt;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.roles = roles;
		this.sessionsEndedAt = sessionsEndedAt;
	}

	static User create(long districtId, String username, String displayName, String passwordHash, Set<Role> roles,
			Long workstationId, Long representativeId, Instant now) {
		if (roles.isEmpty()) {
			throw Problem.Invalid.field("roles", "validation.roles.required");
		}
		if (roles.contains(Role.WORKSTATION_STAFF) && workstationId == null) {
			throw Problem.Invalid.field("workstationId", "validation.user.workstation-required");
		}
		if (roles.contains(Role.REPRESENTATIVE) && representativeId == null) {
			throw Problem.Invalid.field("representativeId", "validation.user.representative-required");
		}
		return new User(null, null, districtId, username, displayName, passwordHash, true,
				roles.contains(Role.WORKSTATION_STAFF) ? workstationId : null,
				roles.contains(Role.REPRESENTATIVE) ? representativeId : null, 0, null, 0, now, now, now,
				roles.stream().map(UserRole::new).collect(Collectors.toSet()), null);
	}

	/**
	 * Whether a session opened at the given instant may go on: not once the user has been disabled,
	 * nor after a password reset — also when the user was enabled again since.
	 */
	boolean acceptsSessionSignedInAt(Instant signedInAt) {
		return enabled && (sessionsEndedAt == null || signedInAt.isAfter(sessionsEndedAt));
	}

	/**
	 * Whether the account-wide lock is in force: sign-ins from addresses the user never signed in
	 * from are refused for now because of too many failures.
	 */
	public boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** Records a failed sign-in; answers how long a lock this failure imposed, if it did. */
	Optional<Duration> signInFailed(Instant now, SignInProperties rules) {
		if (isLocked(now)) {
			return Optional.empty();
		}
		failedAttempts++;
		updatedAt = now;
		if (failedAttempts >= rules.maxFailures()) {
			lockCount++;
			Duration duration = rules.lockDuration(lockCount);
			lockedUntil = now.plus(duration);
			failedAttempts = 0;
			return Optional.of(duration);
		}
		return Optional.empty();
	}

	/**
	 * A successful sign-in: the count starts again. A lock in force is not shortened (the owner
	 * signed in from a known address, where it does not apply); once none is, the next lock is
	 * the first again.
	 */
	void signedIn(Instant now) {
		if (hasSignInStateToClear(now)) {
			failedAttempts = 0;
			if (!isLocked(now)) {
				lockedUntil = null;
				lockCount = 0;
			}
			updatedAt = now;
		}
	}

	/** Whether {@link #signedIn} would change anything (it is called on every API call). */
	boolean hasSignInStateToClear(Instant now) {
		return failedAttempts != 0 || !isLocked(now) && (lockedUntil != null || lockCount != 0);
	}

	/** An administrator lifts the lock and starts the counts again. */
	void unlock(Instant now) {
		failedAttempts = 0;
		lockedUntil = null;
		lockCount = 0;
		updatedAt = now;
	}

	void disable(Instant now) {
		enabled = false;
		sessionsEndedAt = now;
		updatedAt = now;
	}

	void enable(Instant now) {
		enabled = true;
		updatedAt = now;
	}

	/** A new password set by an administrator; also lifts a lock. */
	void resetPassword(String newHash, Instant now) {
		passwordHash = newHash;
		passwordChangedAt = now;
		sessionsEndedAt = now;
		failedAttempts = 0;
		lockedUntil = null;
		lockCount = 0;
		updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public long districtId() {
		return districtId;
	}

	public String username() {
		return username;
	}

	public String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	public boolean enabled() {
		return enabled;
	}

	public Optional<Long> workstationId() {
		return Optional.ofNullable(workstationId);
	}

	public Optional<Long> representativeId() {
		return Optional.ofNullable(representativeId);
	}

	public int failedAttempts() {
		return failedAttempts;
	}

	public Optional<Instant> lockedUntil() {
		return Optional.ofNullable(lockedUntil);
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Set<Role> roles() {
		var set = EnumSet.noneOf(Role.class);
		roles.forEach(r -> set.add(r.role()));
		return set;
	}

	/** A role held by a user (row of {@code app_user_role}). */
	@Table("app_user_role")
	record UserRole(Role role) {
	}
}
