package cn.lvzhi.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may do what to the quarterly lists: the office drafts, discards and closes; the evaluation
 * group approves a draft it did not draft and that holds no change of theirs; both read drafts.
 */
class PublicationPolicyTests {

	static final Instant AT = Instant.parse("2026-04-01T02:00:00Z");

	static Publication list(int quarter, PublicationStatus status, String draftedBy) {
		Publication list = Publication.draft(1, "盐田区", 2026, quarter, List.of(), draftedBy, AT);
		if (status == PublicationStatus.PUBLISHED) {
			list.approve(Actor.of("approver", 1, Role.EVALUATION_GROUP), AT);
		}
		else if (status == PublicationStatus.DISCARDED) {
			list.discard(Actor.of(draftedBy, 1, Role.OFFICE), "数据有误", AT);
		}
		return list;
	}

	static Actor user(String name, Set<Role> roles) {
		return new Actor(name, 1, roles, null, null);
	}

	@Test
	void onlyTheOfficeDraftsDiscardsAndCloses() {
		for (Role role : Role.values()) {
			Actor user = user("u", Set.of(role));
			boolean office = role == Role.OFFICE;
			assertThat(PublicationPolicy.drafts(user)).as(role.name()).isEqualTo(office);
			assertThat(PublicationPolicy.mayDiscard(user, list(1, PublicationStatus.DRAFT, "drafter"))).isEqualTo(office);
			assertThat(PublicationPolicy.mayClose(user, list(4, PublicationStatus.PUBLISHED, "drafter"), false))
				.isEqualTo(office);
			if (office) {
				assertThatCode(() -> PublicationPolicy.requireDrafter(user)).doesNotThrowAnyException();
			}
			else {
				assertThatThrownBy(() -> PublicationPolicy.requireDrafter(user)).isInstanceOf(Problem.Forbidden.class);
			}
		}
	}

	@Test
	void onlyADraftIsDiscardedAndOnlyAPublishedFourthQuarterOfAnOpenCycleIsClosed() {
		Actor office = user("office", Set.of(Role.OFFICE));
		assertThat(PublicationPolicy.mayDiscard(office, list(1, PublicationStatus.PUBLISHED, "drafter"))).isFalse();
		assertThat(PublicationPolicy.mayDiscard(office, list(1, PublicationStatus.DISCARDED, "drafter"))).isFalse();
		assertThat(PublicationPolicy.mayClose(office, list(3, PublicationStatus.PUBLISHED, "drafter"), false)).isFalse();
		assertThat(PublicationPolicy.mayClose(office, list(4, PublicationStatus.DRAFT, "drafter"), false)).isFalse();
		assertThat(PublicationPolicy.mayClose(office, list(4, PublicationStatus.PUBLISHED, "drafter"), true)).isFalse();
	}

	@Test
	void theGroupApprovesADraftNeitherTheirOwnNorHoldingAChangeOfTheirs() {
		Actor group = user("member", Set.of(Role.EVALUATION_GROUP));
		assertThat(PublicationPolicy.mayApprove(group, list(1, PublicationStatus.DRAFT, "drafter"), () -> false))
			.isTrue();
		assertThat(PublicationPolicy.mayApprove(group, list(1, PublicationStatus.DRAFT, "drafter"), () -> true))
			.isFalse();
		assertThat(PublicationPolicy.mayApprove(group, list(1, PublicationStatus.DRAFT, "member"), () -> false))
			.isFalse();
		assertThat(PublicationPolicy.mayApprove(group, list(1, PublicationStatus.PUBLISHED, "drafter"), () -> false))
			.isFalse();
	}

	@Test
	void theChangeQuestionIsAskedOnlyWhenItDecides() {
		Actor office = user("office", Set.of(Role.OFFICE));
		assertThat(PublicationPolicy.mayApprove(office, list(1, PublicationStatus.DRAFT, "drafter"), () -> {
			throw new AssertionError("asked although the office approves nothing");
		})).isFalse();
	}

	@Test
	void aUserWithSeveralRolesMayWhatEachOfThemMay() {
		long seed = Long.getLong("lvzhi.seed", 20261202L);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Actor user = user("u" + i, roles);
			String why = "seed " + seed + ": " + roles;
			assertThat(PublicationPolicy.drafts(user)).as(why).isEqualTo(roles.contains(Role.OFFICE));
			assertThat(PublicationPolicy.approves(user)).as(why).isEqualTo(roles.contains(Role.EVALUATION_GROUP));
			assertThat(PublicationPolicy.readsDrafts(user)).as(why)
				.isEqualTo(roles.contains(Role.OFFICE) || roles.contains(Role.EVALUATION_GROUP));
			boolean drafter = random.nextBoolean();
			Publication draft = list(1, PublicationStatus.DRAFT, drafter ? user.username() : "drafter");
			assertThat(PublicationPolicy.mayApprove(user, draft, () -> false)).as(why)
				.isEqualTo(roles.contains(Role.EVALUATION_GROUP) && !drafter);
		}
	}
}
