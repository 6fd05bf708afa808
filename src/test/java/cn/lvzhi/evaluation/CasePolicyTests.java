package cn.lvzhi.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.util.ArrayList;
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
import cn.lvzhi.activities.ActivityStatus;
import cn.lvzhi.shared.ConflictOfInterest;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what with review requests and complaints ({@link CasePolicy}): a table over roles and
 * whether the case is about the user, then seeded random users with several roles, held to the
 * table and to the refusals the API answers.
 * <p>
 * Seeded: {@code -Dlvzhi.seed=...} (default {@value #DEFAULT_SEED}); a failure names the seed.
 */
class CasePolicyTests {

	static final long DEFAULT_SEED = 20261202L;

	static final long REPRESENTATIVE = 7;

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	/** What a user may with a case about the representative. */
	enum May {

		/** Read the cases, the complaints and the inbox. */
		HANDLE,
		/** Decide the case. */
		DECIDE,
		/** See a complainant's contact in full. */
		CONTACT,
		/** Ask for reviews at all. */
		REQUEST,
		/** Ask for a review of the representative's record (in a reviewable state). */
		REQUEST_OWN,
		/** Read a review request about the representative. */
		READ_REVIEW

	}

	/**
	 * The table, for a user with one role: role and whether the case is about them ({@code OWN})
	 * or another ({@code OTHER}) → what they may; a row not named may nothing.
	 */
	static final Map<String, Set<May>> TABLE = Map.of("REPRESENTATIVE OWN",
			EnumSet.of(May.REQUEST, May.REQUEST_OWN, May.READ_REVIEW), "REPRESENTATIVE OTHER", EnumSet.of(May.REQUEST),
			"EVALUATION_GROUP OWN", EnumSet.of(May.HANDLE, May.READ_REVIEW), "EVALUATION_GROUP OTHER",
			EnumSet.of(May.HANDLE, May.DECIDE, May.CONTACT, May.READ_REVIEW));

	static Set<May> expected(Role role, boolean own) {
		return TABLE.getOrDefault(role + (own ? " OWN" : " OTHER"), EnumSet.noneOf(May.class));
	}

	/**
	 * A user with these roles whose account is linked to the representative ({@code own}), to
	 * another (a representative), or to none.
	 */
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

	static ReviewRequest review() {
		return ReviewRequest.open(1, 3, REPRESENTATIVE, "理由", "rep", NOW);
	}

	static Complaint complaint(Long representativeId) {
		return Complaint.submit(1, representativeId, null, "13800000000", "内容", "hash", null, null, NOW);
	}

	static Set<May> actual(Actor user) {
		var may = EnumSet.noneOf(May.class);
		if (CasePolicy.handlesCases(user)) {
			may.add(May.HANDLE);
		}
		if (CasePolicy.decides(user, REPRESENTATIVE)) {
			may.add(May.DECIDE);
		}
		if (CasePolicy.seesContact(user, complaint(REPRESENTATIVE))) {
			may.add(May.CONTACT);
		}
		if (CasePolicy.requestsReviews(user)) {
			may.add(May.REQUEST);
		}
		if (CasePolicy.requestsReviews(user) && CasePolicy.ownRecord(user, REPRESENTATIVE)) {
			may.add(May.REQUEST_OWN);
		}
		if (CasePolicy.readsReview(user, review())) {
			may.add(May.READ_REVIEW);
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
			Set<May> may = actual(user);
			String as = "seed %d: %s, own %s".formatted(seed, roles, own);
			assertRefusal(catchThrowable(() -> CasePolicy.requireGroup(user)), may.contains(May.HANDLE),
					"problem.forbidden", as);
			assertRefusal(catchThrowable(() -> CasePolicy.requireRepresentative(user)), may.contains(May.REQUEST),
					"evaluation.problem.not-representative", as);
			assertRefusal(catchThrowable(() -> CasePolicy.requireOwnRecord(user, REPRESENTATIVE)), own,
					"evaluation.problem.not-your-record", as);
			assertRefusal(catchThrowable(() -> CasePolicy.requireReview(user, review())), may.contains(May.READ_REVIEW),
					"evaluation.problem.not-yours", as);
			Throwable listing = catchThrowable(() -> CasePolicy.reviewsOf(user));
			assertRefusal(listing, may.contains(May.HANDLE) || may.contains(May.REQUEST), "problem.forbidden", as);
			if (listing == null) {
				assertThat(CasePolicy.reviewsOf(user)).as(as)
					.isEqualTo(may.contains(May.HANDLE) ? Optional.empty() : user.representativeId());
			}
		}
	}

	@Test
	void decidingACaseAboutOneselfIsRefusedAndHandedToTheAuditTrailFirst() {
		for (ConflictOfInterest.Decision decision : List.of(ConflictOfInterest.Decision.REVIEW,
				ConflictOfInterest.Decision.COMPLAINT)) {
			for (boolean own : List.of(false, true)) {
				Actor user = user(Set.of(Role.EVALUATION_GROUP, Role.REPRESENTATIVE), own);
				var audited = new ArrayList<Object>();
				Throwable refusal = catchThrowable(
						() -> CasePolicy.requireNotAbout(user, REPRESENTATIVE, decision, 42L, audited::add));
				if (own) {
					assertRefusal(refusal, false, decision.messageKey(), decision.name());
					assertThat(audited).singleElement()
						.isEqualTo(new ConflictOfInterest.Refused(decision, "42", "user"));
				}
				else {
					assertThat(refusal).isNull();
					assertThat(audited).isEmpty();
				}
			}
		}
	}

	@Test
	void aComplaintAboutNobodyShowsItsContactToTheGroupAndToNobodyWithoutAnAccount() {
		Complaint aboutNobody = complaint(null);
		assertThat(CasePolicy.seesContact(user(Set.of(Role.EVALUATION_GROUP), true), aboutNobody)).isTrue();
		assertThat(CasePolicy.seesContact(null, complaint(REPRESENTATIVE))).isFalse();
		assertThat(CasePolicy.seesContact(null, aboutNobody)).isFalse();
		assertThat(CasePolicy.decides(user(Set.of(Role.EVALUATION_GROUP), true), null)).isTrue();
	}

	@ParameterizedTest
	@EnumSource(ActivityStatus.class)
	void onlyARejectedOrVerifiedRecordIsReviewed(ActivityStatus status) {
		assertThat(CasePolicy.reviewable(status))
			.isEqualTo(status == ActivityStatus.REJECTED || status == ActivityStatus.VERIFIED);
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
