package cn.lvzhi.accounts.web;

import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.lvzhi.accounts.User;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.PageQuery;
import cn.lvzhi.shared.PageResult;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Accounts over HTTP: the administrator creates, finds, disables, enables, unlocks users and
 * resets their passwords; every signed-in user can ask who they are.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Users, roles and the signed-in user")
class UserApi {

	/** {@code POST /api/v1/users}. An unknown role value is a malformed request (400). */
	record CreateUserRequest(String username, String displayName, String password, List<Role> roles,
			Long workstationId, Long representativeId) {
	}

	/** {@code POST /api/v1/users/{id}/password}. */
	record PasswordRequest(String password) {
	}

	/** {@code GET /api/v1/me}. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(long id, String username, String displayName, List<String> roles, Long workstationId,
			Long representativeId) {
	}

	private final Users users;

	private final Districts districts;

	private final Clock clock;

	UserApi(Users users, Districts districts, Clock clock) {
		this.users = users;
		this.districts = districts;
		this.clock = clock;
	}

	private UserView view(User user) {
		return UserView.of(user, clock.instant(), districts.of(user.districtId()).timeZone());
	}

	@PostMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a user (ADMIN). WORKSTATION_STAFF needs workstationId, REPRESENTATIVE needs representativeId")
	ResponseEntity<UserView> create(@AuthenticationPrincipal CurrentUser admin, @RequestBody CreateUserRequest request) {
		User user = users.create(new Users.NewUser(request.username(), request.displayName(), request.password(),
				roles(request.roles()), request.workstationId(), request.representativeId()), admin.districtId());
		return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(view(user));
	}

	@GetMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Users of the administrator's district by username; q matches username or name (ADMIN)")
	PageResult<UserView> list(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return users.list(admin.districtId(), q, PageQuery.of(page, size)).map(this::view);
	}

	@GetMapping("/users/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "One user (ADMIN)")
	UserView get(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		return view(existing(admin, id));
	}

	@PostMapping("/users/{id}/disable")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Disable a user: they can no longer sign in (ADMIN; not oneself)")
	UserView disable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		existing(admin, id);
		return view(users.disable(id, admin));
	}

	@PostMapping("/users/{id}/enable")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Enable a disabled user (ADMIN)")
	UserView enable(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		existing(admin, id);
		return view(users.enable(id));
	}

	@PostMapping("/users/{id}/unlock")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Lift every sign-in lock of a user, account-wide and at each client address, and start the "
			+ "counts of failed sign-ins again (ADMIN); 204")
	ResponseEntity<Void> unlock(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id) {
		existing(admin, id);
		users.unlock(id);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/users/{id}/password")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Set a new password for a user; also lifts a lock-out (ADMIN)")
	UserView resetPassword(@AuthenticationPrincipal CurrentUser admin, @PathVariable long id,
			@RequestBody PasswordRequest request) {
		existing(admin, id);
		return view(users.resetPassword(id, request.password()));
	}

	@GetMapping("/me")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The signed-in user: username, roles, workstation scope and representative link")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.userId(), user.username(), user.displayName(),
				user.roles().stream().sorted().map(Enum::name).toList(), user.workstationId().orElse(null),
				user.representativeId().orElse(null));
	}

	/** A user of the administrator's own district; others are as unknown as missing ones. */
	private User existing(CurrentUser admin, long id) {
		return users.find(id)
			.filter(u -> u.districtId() == admin.districtId())
			.orElseThrow(() -> new Problem.NotFound("problem.user.not-found", id));
	}

	static Set<Role> roles(List<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			return Set.of();
		}
		if (roles.contains(null)) {
			throw Problem.Invalid.field("roles", "validation.roles.unknown");
		}
		return EnumSet.copyOf(roles);
	}
}
