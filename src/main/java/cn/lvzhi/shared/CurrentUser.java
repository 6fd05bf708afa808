package cn.lvzhi.shared;

import java.util.Optional;
import java.util.Set;

/**
 * The signed-in user as every module sees it: the principal of the security context implements
 * this, so controllers take it with {@code @AuthenticationPrincipal CurrentUser user}.
 */
public interface CurrentUser {

	long userId();

	String username();

	String displayName();

	long districtId();

	Set<Role> roles();

	/** The workstation a {@link Role#WORKSTATION_STAFF} user works for. */
	Optional<Long> workstationId();

	/** The roster record of a {@link Role#REPRESENTATIVE} user. */
	Optional<Long> representativeId();

	default boolean has(Role role) {
		return roles().contains(role);
	}

	/**
	 * Whether the user reads the records, points and roster of their whole district: the office
	 * and the evaluation group (DOMAIN.md roles). Everybody else reads their own workstation's
	 * representatives (staff) or themself (a representative). Every module asks it here.
	 */
	default boolean readsWholeDistrict() {
		return has(Role.OFFICE) || has(Role.EVALUATION_GROUP);
	}
}
