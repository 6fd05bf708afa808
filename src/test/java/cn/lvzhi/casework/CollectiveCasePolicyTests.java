package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.casework.CollectiveCasePolicy.Scope;
import cn.lvzhi.casework.CollectiveCasePolicy.Standing;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may enter, read, follow up and list inspections, inquiries and written opinions
 * ({@link CollectiveCasePolicy}): a table over roles and how the user stands to a case's
 * participant, then seeded random users with several roles, held to the table and to the
 * refusals the API answers.
 * <p>
 * Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}); a failure names the seed.
 */
class CollectiveCasePolicyTests {

	static final long DEFAULT_SEED = 20261203L;

	static final long PARTICIPANT = 7;

	static final long WORKSTATION = 9;

	/** How the user stands to the case's participant. */
	enum Relation {

		/** The user's account is linked to the participant. */
		PARTICIPANT,
		/** The user works at the participant's workstation (when they are workstation staff). */
		STAFF,
		/** Neither. */
		OTHER

	}

	/** What a user may: enter the participant, read the case, write its report, answer or document, list cases. */
	enum May {

		ENTER, READ, FOLLOW_UP, LIST

	}

	/** The table, for a user with one role: role and relation → what they may; a row not named may nothing. */
	static final Map<String, Set<May>> TABLE = Map.ofEntries(
			Map.entry("REPRESENTATIVE PARTICIPANT", EnumSet.of(May.READ, May.FOLLOW_UP, May.LIST)),
			Map.entry("REPRESENTATIVE STAFF", EnumSet.of(May.LIST)),
			Map.entry("REPRESENTATIVE OTHER", EnumSet.of(May.LIST)),
			Map.entry("WORKSTATION_STAFF STAFF", EnumSet.allOf(May.class)),
			Map.entry("WORKSTATION_STAFF PARTICIPANT", EnumSet.of(May.LIST)),
			Map.entry("WORKSTATION_STAFF OTHER", EnumSet.of(May.LIST)),
			Map.entry("OFFICE PARTICIPANT", EnumSet.allOf(May.class)), Map.entry("OFFICE STAFF", EnumSet.allOf(May.class)),
			Map.entry("OFFICE OTHER", EnumSet.allOf(May.class)),
			Map.entry("EVALUATION_GROUP PARTICIPANT", EnumSet.of(May.READ, May.LIST)),
			Map.entry("EVALUATION_GROUP STAFF", EnumSet.of(May.READ, May.LIST)),
			Map.entry("EVALUATION_GROUP OTHER", EnumSet.of(May.READ, May.LIST)));

	static Set<May> expected(Role role, Relation relation) {
		return TABLE.getOrDefault(role + " " + relation, EnumSet.noneOf(May.class));
	}

	/**
	 * A user with these roles standing in {@code relation} to the participant: linked to them, or
	 * to another representative; working at their workstation, or at another.
	 */
	static Actor user(Set<Role> roles, Relation relation) {
		Long representative = null;
		if (relation == Relation.PARTICIPANT) {
			representative = PARTICIPANT;
		}
		else if (roles.contains(Role.REPRESENTATIVE)) {
			representative = PARTICIPANT + 1;
		}
		Long workstation = null;
		if (roles.contains(Role.WORKSTATION_STAFF)) {
			workstation = relation == Relation.STAFF ? WORKSTATION : WORKSTATION + 1;
		}
		return new Actor("user", 1, EnumSet.copyOf(roles), workstation, representative);
	}

	/** The roster's fact: whether the user is staff of the participant's workstation. */
	static boolean staffOf(Actor user) {
		return user.has(Role.WORKSTATION_STAFF) && user.workstationId().equals(Optional.of(WORKSTATION));
	}

	static Set<May> actual(Actor user) {
		Standing standing = Standing.of(user, List.of(PARTICIPANT, PARTICIPANT + 10), staffOf(user));
		var may = EnumSet.noneOf(May.class);
		if (CollectiveCasePolicy.entersFor(user, staffOf(user))) {
			may.add(May.ENTER);
		}
		if (CollectiveCasePolicy.reads(user, standing)) {
			may.add(May.READ);
		}
		if (CollectiveCasePolicy.followsUp(user, standing)) {
			may.add(May.FOLLOW_UP);
		}
		if (catchThrowable(() -> CollectiveCasePolicy.listed(user)) == null) {
			may.add(May.LIST);
		}
		return may;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aUserWithOneRoleMayExactlyWhatTheTableSays(Role role) {
		for (Relation relation : Relation.values()) {
			assertThat(actual(user(Set.of(role), relation))).as("%s, %s", role, relation)
				.isEqualTo(expected(role, relation));
		}
	}

	@Test
	void aUserWithSeveralRolesMayWhatEachOfThemMay() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			var union = EnumSet.noneOf(May.class);
			roles.forEach(role -> union.addAll(expected(role, relation)));
			assertThat(actual(user(roles, relation))).as("seed %d: %s, %s", seed, roles, relation).isEqualTo(union);
		}
	}

	@Test
	void refusesWithTheProblemTheApiAnswers() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			Actor user = user(roles, relation);
			Standing standing = Standing.of(user, List.of(PARTICIPANT), staffOf(user));
			String as = "seed %d: %s, %s".formatted(seed, roles, relation);
			assertRefusal(catchThrowable(() -> CollectiveCasePolicy.requireEntry(user)),
					roles.contains(Role.OFFICE) || roles.contains(Role.WORKSTATION_STAFF),
					"collective-case.problem.not-entering", as);
			assertRefusal(catchThrowable(() -> CollectiveCasePolicy.requireEntryFor(user, staffOf(user))),
					CollectiveCasePolicy.entersFor(user, staffOf(user)), "collective-case.problem.not-your-representative",
					as);
			assertRefusal(catchThrowable(() -> CollectiveCasePolicy.requireRead(user, standing)),
					CollectiveCasePolicy.reads(user, standing), "collective-case.problem.not-yours", as);
			assertRefusal(catchThrowable(() -> CollectiveCasePolicy.requireFollowUp(user, standing)),
					CollectiveCasePolicy.followsUp(user, standing), "collective-case.problem.not-following-up", as);
		}
	}

	@Test
	void aListShowsTheWholeDistrictOrTheWorkstationsAndOnesOwnCases() {
		Scope office = CollectiveCasePolicy.listed(user(Set.of(Role.OFFICE, Role.REPRESENTATIVE), Relation.PARTICIPANT));
		assertThat(office.wholeDistrict()).isTrue();
		Scope both = CollectiveCasePolicy
			.listed(user(Set.of(Role.WORKSTATION_STAFF, Role.REPRESENTATIVE), Relation.PARTICIPANT));
		assertThat(both).isEqualTo(new Scope(false, Optional.of(WORKSTATION + 1), Optional.of(PARTICIPANT)));
		Scope staff = CollectiveCasePolicy.listed(user(Set.of(Role.WORKSTATION_STAFF), Relation.STAFF));
		assertThat(staff).isEqualTo(new Scope(false, Optional.of(WORKSTATION), Optional.empty()));
		assertRefusal(catchThrowable(() -> CollectiveCasePolicy.listed(user(Set.of(Role.AUDITOR, Role.ADMIN),
				Relation.OTHER))), false, "problem.forbidden", "auditor and admin");
	}

	@Test
	void aStaffAccountWithoutAWorkstationEntersNothing() {
		var unscoped = new Actor("staff", 1, EnumSet.of(Role.WORKSTATION_STAFF), null, null);
		assertThat(CollectiveCasePolicy.enters(unscoped)).isFalse();
		assertThat(CollectiveCasePolicy.entersFor(unscoped, false)).isFalse();
	}

	static void assertRefusal(Throwable refusal, boolean allowed, String key, String as) {
		if (allowed) {
			assertThat(refusal).as(as).isNull();
		}
		else {
			assertThat(refusal).as(as).isInstanceOf(Problem.Forbidden.class);
			assertThat(((Problem) refusal).messageKey()).as(as).isEqualTo(key);
		}
	}
}
