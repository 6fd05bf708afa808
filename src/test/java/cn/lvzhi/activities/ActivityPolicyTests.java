package cn.lvzhi.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what to an activity record ({@link ActivityPolicy}): a table over roles, states and
 * how the user stands to the record's representative (their own record, staff of their
 * workstation, anybody else), then seeded random users with several roles, held to the table, to
 * the refusals the API answers and to the transitions the aggregate allows.
 * <p>
 * Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}); a failure names the seed.
 */
class ActivityPolicyTests {

	static final long DEFAULT_SEED = 20260901L;

	static final long REPRESENTATIVE = 7;

	static final long WORKSTATION = 9;

	/** How the user stands to the representative the record is about. */
	enum Relation {

		/** The user's account is linked to the representative. */
		OWN,
		/** The user works at the representative's workstation (when they are workstation staff). */
		STAFF,
		/** Neither. */
		OTHER

	}

	static final String OFFICE_ACTIONS = "SUBMITTED: REJECT ADD_EVIDENCE | RECORDED: VERIFY REJECT RETURN REFER"
			+ " ADD_EVIDENCE | VERIFIED: ADD_EVIDENCE | REJECTED: ADD_EVIDENCE | RETURNED: ADD_EVIDENCE"
			+ " | REFERRED: ADD_EVIDENCE";

	static final String GROUP_ACTIONS = "VERIFIED: REVOKE | REJECTED: VERIFY | REFERRED: VERIFY REJECT RETURN";

	/**
	 * The table, for a user with one role: role and relation → state → the actions. An action
	 * marked {@code ?} is open only while a review request about the record is; a row or state
	 * not named has none.
	 */
	static final Map<String, String> TABLE = Map.of(
			"REPRESENTATIVE OWN",
			"SUBMITTED: ADD_EVIDENCE | VERIFIED: ADD_EVIDENCE? | REJECTED: ADD_EVIDENCE?"
					+ " | RETURNED: AMEND ADD_EVIDENCE",
			"WORKSTATION_STAFF STAFF",
			"SUBMITTED: RECORD ADD_EVIDENCE | RECORDED: ADD_EVIDENCE | RETURNED: AMEND ADD_EVIDENCE"
					+ " | REFERRED: ADD_EVIDENCE",
			"OFFICE OWN",
			"SUBMITTED: ADD_EVIDENCE | RECORDED: ADD_EVIDENCE | VERIFIED: ADD_EVIDENCE | REJECTED: ADD_EVIDENCE"
					+ " | RETURNED: ADD_EVIDENCE | REFERRED: ADD_EVIDENCE",
			"OFFICE STAFF", OFFICE_ACTIONS, "OFFICE OTHER", OFFICE_ACTIONS, "EVALUATION_GROUP STAFF", GROUP_ACTIONS,
			"EVALUATION_GROUP OTHER", GROUP_ACTIONS);

	static Set<ActivityAction> expected(Role role, Relation relation, ActivityStatus status, boolean underReview) {
		var actions = EnumSet.noneOf(ActivityAction.class);
		String row = TABLE.getOrDefault(role + " " + relation, "");
		for (String cell : row.split("\\|")) {
			String[] parts = cell.split(":");
			if (parts.length == 2 && parts[0].strip().equals(status.name())) {
				for (String name : parts[1].strip().split(" ")) {
					if (!name.endsWith("?") || underReview) {
						actions.add(ActivityAction.valueOf(name.replace("?", "")));
					}
				}
			}
		}
		return actions;
	}

	/** A user with these roles who stands so to the representative. */
	static Actor user(Set<Role> roles, Relation relation) {
		Long representative = null;
		if (relation == Relation.OWN) {
			representative = REPRESENTATIVE;
		}
		else if (roles.contains(Role.REPRESENTATIVE)) {
			representative = REPRESENTATIVE + 1;
		}
		Long workstation = null;
		if (roles.contains(Role.WORKSTATION_STAFF)) {
			workstation = relation == Relation.STAFF ? WORKSTATION : WORKSTATION + 1;
		}
		return new Actor("user", 1, EnumSet.copyOf(roles), workstation, representative);
	}

	/** The policy for the user, with the roster's answer whether they are staff of the representative. */
	static ActivityPolicy policy(Actor user) {
		boolean staff = user.has(Role.WORKSTATION_STAFF) && user.workstationId().orElse(0L) == WORKSTATION;
		return ActivityPolicy.of(user, REPRESENTATIVE, staff);
	}

	static BooleanSupplier review(boolean open) {
		return () -> open;
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void aUserWithOneRoleHasExactlyTheActionsOfTheTable(Role role) {
		for (Relation relation : Relation.values()) {
			ActivityPolicy policy = policy(user(Set.of(role), relation));
			for (ActivityStatus status : ActivityStatus.values()) {
				for (boolean underReview : List.of(false, true)) {
					assertThat(policy.actions(status, review(underReview)))
						.as("%s %s %s, under review %s", role, relation, status, underReview)
						.isEqualTo(expected(role, relation, status, underReview));
					for (ActivityAction action : ActivityAction.values()) {
						assertThat(policy.may(action, status, review(underReview)))
							.isEqualTo(expected(role, relation, status, underReview).contains(action));
					}
				}
			}
		}
	}

	@Test
	void aUserWithSeveralRolesHasTheActionsOfEachOfThem() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ActivityStatus status = ActivityStatus.values()[random.nextInt(ActivityStatus.values().length)];
			boolean underReview = random.nextBoolean();
			var union = EnumSet.noneOf(ActivityAction.class);
			roles.forEach(role -> union.addAll(expected(role, relation, status, underReview)));
			assertThat(policy(user(roles, relation)).actions(status, review(underReview)))
				.as("seed %d: %s %s %s, under review %s", seed, roles, relation, status, underReview)
				.isEqualTo(union);
		}
	}

	@Test
	void refusesWithTheProblemTheApiAnswersAndOffersNothingToWhoTakesNoPart() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		Map<ActivityAction, String> keys = new HashMap<>(Map.of(ActivityAction.RECORD, "activities.problem.not-yours",
				ActivityAction.AMEND, "activities.problem.not-yours", ActivityAction.VERIFY, "problem.forbidden",
				ActivityAction.REJECT, "problem.forbidden", ActivityAction.RETURN, "problem.forbidden",
				ActivityAction.REFER, "problem.forbidden", ActivityAction.REVOKE, "problem.forbidden",
				ActivityAction.ADD_EVIDENCE, "evidence.problem.forbidden"));
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ActivityPolicy policy = policy(user(roles, relation));
			for (ActivityAction action : ActivityAction.values()) {
				Throwable refusal = catchThrowable(() -> policy.requirePartIn(action));
				if (policy.takesPartIn(action)) {
					assertThat(refusal).as("seed %d: %s %s %s", seed, roles, relation, action).isNull();
				}
				else {
					assertThat(refusal).as("seed %d: %s %s %s", seed, roles, relation, action)
						.isInstanceOf(Problem.Forbidden.class)
						.extracting(t -> ((Problem) t).messageKey())
						.isEqualTo(keys.get(action));
					for (ActivityStatus status : ActivityStatus.values()) {
						assertThat(policy.may(action, status, review(true))).isFalse();
					}
				}
			}
		}
	}

	@Test
	void offersAWorkflowActionExactlyWhenTheRecordAllowsItToOneWhoTakesPart() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ActivityStatus status = ActivityStatus.values()[random.nextInt(ActivityStatus.values().length)];
			Actor user = user(roles, relation);
			ActivityPolicy policy = policy(user);
			for (ActivityAction action : EnumSet.complementOf(EnumSet.of(ActivityAction.ADD_EVIDENCE))) {
				if (!policy.takesPartIn(action)) {
					continue;
				}
				ActivityRecord record = ActivityActionTests.in(status);
				Throwable refusal = catchThrowable(() -> transition(action, policy, user, record));
				assertThat(policy.may(action, status, review(random.nextBoolean())))
					.as("seed %d: %s %s %s from %s (%s)", seed, roles, relation, action, status, refusal)
					.isEqualTo(refusal == null);
			}
		}
	}

	/** What {@link Activities} asks the aggregate to do when the user takes the action. */
	static void transition(ActivityAction action, ActivityPolicy policy, Actor user, ActivityRecord record) {
		var now = ActivityActionTests.NOW;
		switch (action) {
			case RECORD -> record.record(user, now);
			case VERIFY -> {
				if (policy.verification(record.status()) == ActivityPolicy.Verification.BY_OFFICE) {
					record.verify(user, false, now);
				}
				else {
					record.verifyAfterReview(user, "复核", false, now);
				}
			}
			case REJECT -> {
				policy.requireTurn(action, record.status());
				record.reject(user, "理由", now);
			}
			case RETURN -> {
				policy.requireTurn(action, record.status());
				record.returnForInformation(user, "理由", now);
			}
			case REFER -> record.refer(user, "难以评定", now);
			case REVOKE -> record.revoke(user, "理由", now);
			case AMEND -> record.amend(user, ActivityActionTests.details(), now);
			case ADD_EVIDENCE -> throw new IllegalArgumentException("no transition");
		}
	}

	@Test
	void theOfficeVerifiesUnlessTheEvaluationGroupVerifiesARejectedRecordAfterAReviewOrAReferredOne() {
		for (ActivityStatus status : ActivityStatus.values()) {
			var office = policy(user(Set.of(Role.OFFICE), Relation.OTHER));
			var group = policy(user(Set.of(Role.EVALUATION_GROUP), Relation.OTHER));
			var both = policy(user(Set.of(Role.OFFICE, Role.EVALUATION_GROUP), Relation.OTHER));
			boolean referred = status == ActivityStatus.REFERRED;
			if (referred) {
				assertThatThrownBy(() -> office.verification(status)).isInstanceOf(Problem.Conflict.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo("activities.problem.referred");
			}
			else {
				assertThat(office.verification(status)).isEqualTo(ActivityPolicy.Verification.BY_OFFICE);
			}
			assertThat(group.verification(status)).isEqualTo(
					referred ? ActivityPolicy.Verification.ON_REFERRAL : ActivityPolicy.Verification.AFTER_REVIEW);
			assertThat(both.verification(status)).isEqualTo(referred ? ActivityPolicy.Verification.ON_REFERRAL
					: status == ActivityStatus.REJECTED ? ActivityPolicy.Verification.AFTER_REVIEW
							: ActivityPolicy.Verification.BY_OFFICE);
			for (Role other : List.of(Role.REPRESENTATIVE, Role.WORKSTATION_STAFF, Role.ADMIN, Role.AUDITOR)) {
				assertThatThrownBy(() -> policy(user(Set.of(other), Relation.STAFF)).verification(status))
					.isInstanceOf(Problem.Forbidden.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo("problem.forbidden");
			}
		}
	}

	@Test
	void aReferredRecordIsTheGroupsToRejectOrReturnAndAnyOtherTheOffices() {
		var office = policy(user(Set.of(Role.OFFICE), Relation.OTHER));
		var group = policy(user(Set.of(Role.EVALUATION_GROUP), Relation.OTHER));
		var both = policy(user(Set.of(Role.OFFICE, Role.EVALUATION_GROUP), Relation.OTHER));
		var staff = policy(user(Set.of(Role.WORKSTATION_STAFF), Relation.STAFF));
		for (ActivityAction action : List.of(ActivityAction.REJECT, ActivityAction.RETURN)) {
			for (ActivityStatus status : ActivityStatus.values()) {
				boolean referred = status == ActivityStatus.REFERRED;
				String as = action + " from " + status;
				Throwable byOffice = catchThrowable(() -> office.requireTurn(action, status));
				Throwable byGroup = catchThrowable(() -> group.requireTurn(action, status));
				assertThat(referred ? byGroup : byOffice).as(as).isNull();
				assertThat(referred ? byOffice : byGroup).as(as)
					.isInstanceOf(Problem.Conflict.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo(referred ? "activities.problem.referred" : "activities.problem.wrong-state");
				assertThat(catchThrowable(() -> both.requireTurn(action, status))).as(as).isNull();
				assertThat(catchThrowable(() -> staff.requireTurn(action, status))).as(as)
					.isInstanceOf(Problem.Forbidden.class);
			}
		}
	}

	@Test
	void aRepresentativeReportsTheirOwnAndTheOfficeOrTheirStaffEnterRecordsForThem() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ActivityPolicy policy = policy(user(roles, relation));
			boolean self = relation == Relation.OWN && roles.contains(Role.REPRESENTATIVE);
			boolean staff = relation == Relation.STAFF && roles.contains(Role.WORKSTATION_STAFF);
			boolean forOthers = roles.contains(Role.OFFICE) || staff;
			String as = "seed %d: %s %s".formatted(seed, roles, relation);
			if (self) {
				assertThat(policy.entry()).as(as).isEqualTo(ActivityStatus.SUBMITTED);
			}
			else if (forOthers) {
				assertThat(policy.entry()).as(as).isEqualTo(ActivityStatus.RECORDED);
			}
			else {
				assertThatThrownBy(policy::entry).as(as)
					.isInstanceOf(Problem.Forbidden.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo("activities.problem.not-yours");
			}
			Throwable collective = catchThrowable(policy::requireCollectiveEntry);
			if (forOthers) {
				assertThat(collective).as(as).isNull();
			}
			else {
				assertThat(collective).as(as).isInstanceOf(Problem.Forbidden.class);
			}
		}
	}

	@Test
	void evidenceIsRefusedWith403ToWhoNeverAddsItAnd409AtTheWrongMomentAskingAboutReviewsOnlyWhenItMatters() {
		long seed = Long.getLong("lvzhi.seed", DEFAULT_SEED);
		var random = new Random(seed);
		for (int i = 0; i < 2000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Relation relation = Relation.values()[random.nextInt(Relation.values().length)];
			ActivityStatus status = ActivityStatus.values()[random.nextInt(ActivityStatus.values().length)];
			boolean underReview = random.nextBoolean();
			ActivityPolicy policy = policy(user(roles, relation));
			var asked = new AtomicInteger();
			Throwable refusal = catchThrowable(() -> policy.requireEvidence(status, () -> {
				asked.incrementAndGet();
				return underReview;
			}));
			String as = "seed %d: %s %s %s, under review %s".formatted(seed, roles, relation, status, underReview);
			boolean allowed = roles.stream()
				.anyMatch(role -> expected(role, relation, status, underReview).contains(ActivityAction.ADD_EVIDENCE));
			if (!policy.takesPartIn(ActivityAction.ADD_EVIDENCE)) {
				assertThat(refusal).as(as).isInstanceOf(Problem.Forbidden.class);
			}
			else if (!allowed) {
				assertThat(refusal).as(as)
					.isInstanceOf(Problem.Conflict.class)
					.extracting(t -> ((Problem) t).messageKey())
					.isEqualTo("evidence.problem.closed");
			}
			else {
				assertThat(refusal).as(as).isNull();
			}
			if (asked.get() > 0) {
				assertThat(roles).as(as).contains(Role.REPRESENTATIVE).doesNotContain(Role.OFFICE);
				assertThat(relation).as(as).isEqualTo(Relation.OWN);
				assertThat(status).as(as).isIn(ActivityStatus.VERIFIED, ActivityStatus.REJECTED);
			}
		}
	}
}
