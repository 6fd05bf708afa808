package cn.lvzhi.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may read and grade a year ({@link YearEndPolicy}): a table over roles and whether the year
 * is the user's own, then seeded random users with several roles, held to the table and to the
 * refusals the API answers.
 * <p>
 * Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}); a failure names the seed.
 */
class YearEndPolicyTests {

	static final long DEFAULT_SEED = 20261202L;

	static final long REPRESENTATIVE = 7;

	/** What a user may: read the year, read the overview, grade the year. */
	enum May {

		SHEET, OVERVIEW, GRADE

	}

	/**
	 * The table, for a user with one role: role and whether the year is theirs ({@code OWN}) or
	 * another's ({@code OTHER}) → what they may; a row not named may nothing.
	 */
	static final Map<String, Set<May>> TABLE = Map.of("REPRESENTATIVE OWN", EnumSet.of(May.SHEET), "OFFICE OWN",
			EnumSet.of(May.SHEET, May.OVERVIEW), "OFFICE OTHER", EnumSet.of(May.SHEET, May.OVERVIEW),
			"EVALUATION_GROUP OWN", EnumSet.of(May.SHEET, May.OVERVIEW), "EVALUATION_GROUP OTHER",
			EnumSet.of(May.SHEET, May.OVERVIEW, May.GRADE));

	static Set<May> expected(Role role, boolean own) {
		return TABLE.getOrDefault(role + (own ? " OWN" : " OTHER"), EnumSet.noneOf(May.class));
	}

	/** A user with these roles whose account is linked to the representative ({@code own}) or not. */
	static Actor user(Set<Role> roles, boolean own) {
		Long representative = null;
		if (own) {
			representative = REPRESENTATIVE;
		}
		else if (roles.contains(Role.REPRESENTATIVE)) {
			representative = REPRESENTATIVE + 1;
		}
		return new Actor("user", 1, EnumSet.copyOf(roles), null, representative);
	}

	static Set<May> actual(Actor user) {
		YearEndPolicy policy = YearEndPolicy.of(user, REPRESENTATIVE);
		var may = EnumSet.noneOf(May.class);
		if (policy.readsSheet()) {
			may.add(May.SHEET);
		}
		if (YearEndPolicy.readsOverview(user)) {
			may.add(May.OVERVIEW);
		}
		if (policy.mayGrade()) {
			may.add(May.GRADE);
		}
		return may;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aUserWithOneRoleMayExactlyWhatTheTableSays(Role role) {
		for (boolean own : List.of(false, true)) {
			assertThat(actual(user(Set.of(role), own))).as("%s, own %s", role, own).isEqualTo(expected(role, own));
		}
	}

	@Test
	void aUserWithSeveralRolesMayWhatEachOfThemMay() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			boolean own = random.nextBoolean();
			var union = EnumSet.noneOf(May.class);
			roles.forEach(role -> union.addAll(expected(role, own)));
			assertThat(actual(user(roles, own))).as("seed %d: %s, own %s", seed, roles, own).isEqualTo(union);
		}
	}

	@Test
	void refusesWithTheProblemTheApiAnswers() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			boolean own = random.nextBoolean();
			Actor user = user(roles, own);
			YearEndPolicy policy = YearEndPolicy.of(user, REPRESENTATIVE);
			String as = "seed %d: %s, own %s".formatted(seed, roles, own);
			assertRefusal(catchThrowable(policy::requireSheet), policy.readsSheet(), "yearend.problem.not-yours", as);
			assertRefusal(catchThrowable(() -> YearEndPolicy.requireOverview(user)), YearEndPolicy.readsOverview(user),
					"problem.forbidden", as);
			assertRefusal(catchThrowable(policy::requireGrader), roles.contains(Role.EVALUATION_GROUP),
					"problem.forbidden", as);
			assertThat(YearEndPolicy.grades(user)).as(as).isEqualTo(roles.contains(Role.EVALUATION_GROUP));
			assertThat(policy.own()).as(as).isEqualTo(own);
		}
	}

	@Test
	void gradingOnesOwnYearIsRefusedAndHandedToTheAuditTrailFirst() {
		for (boolean own : List.of(false, true)) {
			Actor user = user(Set.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), own);
			var audited = new ArrayList<Object>();
			Throwable refusal = catchThrowable(
					() -> YearEndPolicy.of(user, REPRESENTATIVE).requireNotOwn(REPRESENTATIVE, audited::add));
			if (own) {
				assertRefusal(refusal, false, "problem.conflict-of-interest.year-end-grade", "own");
				assertThat(audited).singleElement()
					.isEqualTo(new ConflictOfInterest.Refused(ConflictOfInterest.Decision.YEAR_END_GRADE,
							String.valueOf(REPRESENTATIVE), "user"));
			}
			else {
				assertThat(refusal).isNull();
				assertThat(audited).isEmpty();
			}
		}
	}

	static void assertRefusal(Throwable refusal, boolean allowed, String key, String as) {
		if (allowed) {
			assertThat(refusal).as(as).isNull();
		}
		else {
			assertThat(refusal).as(as)
				.isInstanceOf(Problem.Forbidden.class)
				.extracting(t -> ((Problem) t).messageKey())
				.isEqualTo(key);
		}
	}
}
