package cn.lvzhi.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.RosterDirectory;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/** Creating, finding, disabling, unlocking and resetting users. Every change is audited. */
@Service
@Transactional
public class Users {

	private final UserRepository users;

	private final PasswordEncoder encoder;

	private final RosterDirectory roster;

	private final ApplicationEventPublisher events;

	private final JdbcClient jdbc;

	private final PasswordHistory history;

	private final SignInSources signIns;

	private final Clock clock;

	Users(UserRepository users, PasswordEncoder encoder, RosterDirectory roster, ApplicationEventPublisher events,
			JdbcClient jdbc, PasswordHistory history, SignInSources signIns, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.roster = roster;
		this.events = events;
		this.jdbc = jdbc;
		this.history = history;
		this.signIns = signIns;
		this.clock = clock;
	}

	/** What an administrator fills in to create a user. */
	public record NewUser(String username, String displayName, String password, Set<Role> roles, Long workstationId,
			Long representativeId) {
	}

	public User create(NewUser command, long districtId) {
		var violations = new ArrayList<Problem.FieldViolation>();
		String username = command.username() == null ? "" : command.username().strip();
		if (!username.matches("[A-Za-z0-9._-]{3,64}")) {
			violations.add(new Problem.FieldViolation("username", "validation.username.pattern"));
		}
		if (command.displayName() == null || command.displayName().isBlank()) {
			violations.add(new Problem.FieldViolation("displayName", "validation.required"));
		}
		else if (command.displayName().strip().length() > 100) {
			violations.add(new Problem.FieldViolation("displayName", "validation.too-long", 100));
		}
		violations.addAll(PasswordPolicy.check("password", command.password(), username));
		Set<Role> roles = command.roles() == null ? Set.of() : command.roles();
		if (roles.isEmpty()) {
			violations.add(new Problem.FieldViolation("roles", "validation.roles.required"));
		}
		if (roles.contains(Role.WORKSTATION_STAFF)) {
			if (command.workstationId() == null) {
				violations.add(new Problem.FieldViolation("workstationId", "validation.user.workstation-required"));
			}
			else if (!roster.workstationExists(districtId, command.workstationId())) {
				violations.add(new Problem.FieldViolation("workstationId", "validation.user.workstation-unknown"));
			}
		}
		if (roles.contains(Role.REPRESENTATIVE)) {
			if (command.representativeId() == null) {
				violations
					.add(new Problem.FieldViolation("representativeId", "validation.user.representative-required"));
			}
			else if (!roster.representativeExists(districtId, command.representativeId())) {
				violations.add(new Problem.FieldViolation("representativeId", "validation.user.representative-unknown"));
			}
		}
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		if (users.existsByUsernameIgnoreCase(username)) {
			throw new Problem.Conflict("problem.user.username-taken", username);
		}
		User user = users.save(User.create(districtId, username, command.displayName().strip(),
				encoder.encode(command.password()), roles, command.workstationId(), command.representativeId(),
				clock.instant()));
		history.record(user.id(), user.passwordHash(), clock.instant());
		events.publishEvent(AccountEvent.by("USER_CREATED", user, "roles " + user.roles()));
		return user;
	}

	@Transactional(readOnly = true)
	public Optional<User> find(long id) {
		return users.findById(id);
	}

	@Transactional(readOnly = true)
	public Optional<User> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(username);
	}

	/** Users of a district, by username, optionally filtered by a part of the username or name. */
	@Transactional(readOnly = true)
	public PageResult<User> list(long districtId, String query, PageQuery page) {
		String like = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase() + "%";
		String where = "where district_id = :district"
				+ (like == null ? "" : " and (lower(username) like :q or lower(display_name) like :q)");
		var count = jdbc.sql("select count(*) from app_user " + where).param("district", districtId);
		var ids = jdbc.sql("select id from app_user " + where + " order by username limit :size offset :offset")
			.param("district", districtId)
			.param("size", page.size())
			.param("offset", page.offset());
		if (like != null) {
			count = count.param("q", like);
			ids = ids.param("q", like);
		}
		long total = count.query(Long.class).single();
		List<Long> found = ids.query(Long.class).list();
		var byId = new java.util.HashMap<Long, User>();
		users.findAllById(found).forEach(u -> byId.put(u.id(), u));
		return page.result(found.stream().map(byId::get).toList(), total);
	}

	public User disable(long id, CurrentUser actor) {
		User user = existing(id);
		if (user.id() == actor.userId()) {
			throw new Problem.Conflict("problem.user.disable-self");
		}
		user.disable(clock.instant());
		events.publishEvent(AccountEvent.by("USER_DISABLED", user, "disabled"));
		return users.save(user);
	}

	public User enable(long id) {
		User user = existing(id);
		user.enable(clock.instant());
		events.publishEvent(AccountEvent.by("USER_ENABLED", user, "enabled"));
		return users.save(user);
	}

	/** Whether the user's sign-in is locked now, account-wide or at any client address. */
	@Transactional(readOnly = true)
	public boolean isSignInLocked(long id) {
		User user = existing(id);
		return user.isLocked(clock.instant()) || signIns.anyLocked(id, clock.instant());
	}

	/** Lifts every sign-in lock of the user, account-wide and at each address, and starts the counts again. */
	public User unlock(long id) {
		User user = existing(id);
		user.unlock(clock.instant());
		signIns.unlock(id, clock.instant());
		events.publishEvent(AccountEvent.by("USER_UNLOCKED", user, "sign-in locks lifted by an administrator"));
		return users.save(user);
	}

	/**
	 * Sets a new password chosen by the administrator, which may not be one of the user's last
	 * {@value PasswordHistory#REMEMBERED}; also lifts a lock.
	 */
	public User resetPassword(long id, String newPassword) {
		User user = existing(id);
		var violations = PasswordPolicy.check("password", newPassword, user.username());
		if (!violations.isEmpty()) {
			throw Problem.Invalid.fields(violations);
		}
		if (history.isRecent(user.id(), newPassword)) {
			throw Problem.Invalid.field("password", "validation.password.reused", PasswordHistory.REMEMBERED);
		}
		user.resetPassword(encoder.encode(newPassword), clock.instant());
		signIns.unlock(id, clock.instant());
		history.record(user.id(), user.passwordHash(), clock.instant());
		events.publishEvent(AccountEvent.by("USER_PASSWORD_RESET", user, "password reset"));
		return users.save(user);
	}

	private User existing(long id) {
		return users.findById(id).orElseThrow(() -> new Problem.NotFound("problem.user.not-found", id));
	}
}
