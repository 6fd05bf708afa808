package cn.lvzhi.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;
import cn.lvzhi.standard.Satisfaction;

/**
 * Who may do what with an appeal, as a table over roles, states and the user's standing (staff of
 * its workstation or of another, its proxy, another representative attached to the workstation or
 * not), and over users holding several roles at random (seed {@code -Dlvzhi.seed}).
 */
class AppealPolicyTests {

	static final long WORKSTATION = 10;

	static final long PROXY = 100;

	static final Instant AT = Instant.parse("2026-05-01T02:00:00Z");

	static final Actor STAFF = new Actor("staff", 1, EnumSet.of(Role.WORKSTATION_STAFF), WORKSTATION, null);

	static final Actor OTHER_STAFF = new Actor("other-staff", 1, EnumSet.of(Role.WORKSTATION_STAFF), 11L, null);

	static final Actor THE_PROXY = Actor.representative("proxy", 1, PROXY);

	static final Actor NEIGHBOUR = Actor.representative("neighbour", 1, 101);

	static final Actor OFFICE = Actor.of("office", 1, Role.OFFICE);

	static final Actor GROUP = Actor.of("group", 1, Role.EVALUATION_GROUP);

	/** An appeal at {@link #WORKSTATION} taken to {@code status}, proxied by {@link #PROXY} from PROXIED on. */
	static Appeal appeal(AppealStatus status, Satisfaction rating) {
		Appeal appeal = Appeal.register(1, new AppealRegistration("张三", "13812345678", null, "路灯坏了", "市政", "路灯",
				LocalDate.of(2026, 4, 1), "VISIT", WORKSTATION), "staff", AT);
		if (status == AppealStatus.RECEIVED) {
			return appeal;
		}
		appeal.proxy(PROXY, "代表", "staff", AT);
		if (status == AppealStatus.PROXIED) {
			return appeal;
		}
		appeal.assign(new AppealRouting("城建办", null, LocalDate.of(2026, 5, 1)), "staff", AT);
		if (status == AppealStatus.ASSIGNED) {
			return appeal;
		}
		appeal.resolve("已修复", "staff", AT);
		if (status == AppealStatus.RESOLVED) {
			return appeal;
		}
		appeal.rate(rating, AppealRatingMode.IN_PERSON, "staff", AT);
		return appeal;
	}

	static Appeal appeal(AppealStatus status) {
		return appeal(status, Satisfaction.DISSATISFIED);
	}

	/** The policy of a user who is attached to the workstation when a representative of it. */
	static AppealPolicy policy(Actor user, Appeal appeal) {
		boolean attached = user.representativeId().map(r -> r == PROXY || r == 101).orElse(false);
		return AppealPolicy.of(user, appeal, attached);
	}

	@Test
	void theWorkstationsStaffItsRepresentativesAndTheOfficeRegister() {
		assertThat(AppealPolicy.of(STAFF, WORKSTATION, null, false).registers()).isTrue();
		assertThat(AppealPolicy.of(NEIGHBOUR, WORKSTATION, null, true).registers()).isTrue();
		assertThat(AppealPolicy.of(OFFICE, WORKSTATION, null, false).registers()).isTrue();
		assertThat(AppealPolicy.of(OTHER_STAFF, WORKSTATION, null, false).registers()).isFalse();
		assertThat(AppealPolicy.of(NEIGHBOUR, WORKSTATION, null, false).registers()).isFalse();
		for (Role role : EnumSet.of(Role.EVALUATION_GROUP, Role.AUDITOR, Role.ADMIN)) {
			assertThat(AppealPolicy.of(Actor.of("u", 1, role), WORKSTATION, null, true).registers()).as(role.name())
				.isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(AppealStatus.class)
	void theHandlersAreTheWorkstationsStaffTheProxyAndTheOfficeAndOnlyTheySeeTheConstituent(AppealStatus status) {
		Appeal appeal = appeal(status);
		boolean proxied = status != AppealStatus.RECEIVED;
		assertThat(policy(STAFF, appeal).handles()).isTrue();
		assertThat(policy(OFFICE, appeal).handles()).isTrue();
		assertThat(policy(THE_PROXY, appeal).handles()).isEqualTo(proxied);
		assertThat(policy(THE_PROXY, appeal).seesPersonalData()).isEqualTo(proxied);
		for (Actor outsider : Set.of(OTHER_STAFF, NEIGHBOUR, GROUP, Actor.of("a", 1, Role.AUDITOR),
				Actor.of("b", 1, Role.ADMIN))) {
			assertThat(policy(outsider, appeal).handles()).as(outsider.username()).isFalse();
			assertThat(policy(outsider, appeal).seesPersonalData()).as(outsider.username()).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(AppealStatus.class)
	void theGroupReadsEveryAppealAndTheWorkstationsRepresentativesOnlyThoseWaitingForAProxy(AppealStatus status) {
		Appeal appeal = appeal(status);
		assertThat(policy(GROUP, appeal).reads(status)).isTrue();
		assertThat(policy(STAFF, appeal).reads(status)).isTrue();
		assertThat(policy(NEIGHBOUR, appeal).reads(status)).isEqualTo(status == AppealStatus.RECEIVED);
		Actor unattached = Actor.representative("far", 1, 102);
		assertThat(policy(unattached, appeal).reads(status)).isFalse();
		assertThat(policy(OTHER_STAFF, appeal).reads(status)).isFalse();
		assertThat(policy(Actor.of("a", 1, Role.AUDITOR), appeal).reads(status)).isFalse();
		assertThat(policy(Actor.of("b", 1, Role.ADMIN), appeal).reads(status)).isFalse();
	}

	@Test
	void aRepresentativeProxiesOnlyThemselfWhileStaffAndTheOfficeNameAnybody() {
		Appeal received = appeal(AppealStatus.RECEIVED);
		assertThat(policy(NEIGHBOUR, received).proxies(AppealStatus.RECEIVED, 101L)).isTrue();
		assertThat(policy(NEIGHBOUR, received).proxies(AppealStatus.RECEIVED, null)).isTrue();
		assertThat(policy(NEIGHBOUR, received).proxies(AppealStatus.RECEIVED, 555L)).isFalse();
		assertThat(policy(Actor.representative("far", 1, 102), received).proxies(AppealStatus.RECEIVED, 102L))
			.isFalse();
		assertThat(policy(STAFF, received).proxies(AppealStatus.RECEIVED, 555L)).isTrue();
		assertThat(policy(OFFICE, received).proxies(AppealStatus.RECEIVED, 555L)).isTrue();
		assertThat(policy(OTHER_STAFF, received).proxies(AppealStatus.RECEIVED, 555L)).isFalse();
		assertThat(policy(GROUP, received).proxies(AppealStatus.RECEIVED, 555L)).isFalse();
		// once proxied by somebody else, another representative does not read it any more
		Appeal proxied = appeal(AppealStatus.PROXIED);
		assertThat(policy(NEIGHBOUR, proxied).proxies(AppealStatus.PROXIED, 101L)).isFalse();
	}

	@Test
	void theRatingIsRecordedAndTheLinkIssuedByStaffAndTheOfficeButNeverByTheProxy() {
		Appeal resolved = appeal(AppealStatus.RESOLVED);
		assertThat(policy(STAFF, resolved).rates()).isTrue();
		assertThat(policy(OFFICE, resolved).rates()).isTrue();
		assertThat(policy(THE_PROXY, resolved).rates()).isFalse();
		Actor staffWhoIsTheProxy = new Actor("both", 1, EnumSet.of(Role.WORKSTATION_STAFF, Role.REPRESENTATIVE),
				WORKSTATION, PROXY);
		assertThat(policy(staffWhoIsTheProxy, resolved).rates()).isFalse();
		assertThat(policy(staffWhoIsTheProxy, resolved).isAbout()).isTrue();
		assertThat(policy(staffWhoIsTheProxy, resolved).actions(resolved)).doesNotContain(AppealAction.RATE,
				AppealAction.RATING_LINK);
		Actor officeWhoIsTheProxy = new Actor("both", 1, EnumSet.of(Role.OFFICE), null, PROXY);
		assertThat(policy(officeWhoIsTheProxy, resolved).rates()).isFalse();
		assertThat(policy(GROUP, resolved).rates()).isFalse();
		assertThat(policy(OTHER_STAFF, resolved).rates()).isFalse();
	}

	@Test
	void onlyTheProxyReopensAndOnlyADissatisfiedResultNotReopenedBefore() {
		Appeal dissatisfied = appeal(AppealStatus.RATED, Satisfaction.DISSATISFIED);
		assertThat(policy(THE_PROXY, dissatisfied).actions(dissatisfied)).containsExactly(AppealAction.REOPEN);
		assertThat(policy(STAFF, dissatisfied).actions(dissatisfied)).isEmpty();
		assertThat(policy(OFFICE, dissatisfied).reopens()).isFalse();
		Appeal satisfied = appeal(AppealStatus.RATED, Satisfaction.BASICALLY_SATISFIED);
		assertThat(policy(THE_PROXY, satisfied).actions(satisfied)).isEmpty();
		assertThatThrownBy(() -> satisfied.reopen(null, "proxy", AT)).isInstanceOf(Problem.Conflict.class);
		dissatisfied.reopen("仍未修好", "proxy", AT);
		assertThat(dissatisfied.status()).isEqualTo(AppealStatus.PROXIED);
		dissatisfied.assign(new AppealRouting("城管局", AppealUnitKind.DEPARTMENT, LocalDate.of(2026, 6, 1)), "staff", AT);
		dissatisfied.resolve("已换线路", "staff", AT);
		dissatisfied.rate(Satisfaction.DISSATISFIED, AppealRatingMode.LINK, null, AT);
		assertThat(policy(THE_PROXY, dissatisfied).actions(dissatisfied)).isEmpty();
		assertThatThrownBy(() -> dissatisfied.reopen(null, "proxy", AT)).isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void eachStateOffersItsOwnSteps() {
		assertThat(policy(STAFF, appeal(AppealStatus.RECEIVED)).actions(appeal(AppealStatus.RECEIVED)))
			.containsExactlyInAnyOrder(AppealAction.PROXY, AppealAction.ASSIGN, AppealAction.FOLLOW_UP);
		assertThat(policy(NEIGHBOUR, appeal(AppealStatus.RECEIVED)).actions(appeal(AppealStatus.RECEIVED)))
			.containsExactly(AppealAction.PROXY);
		assertThat(policy(THE_PROXY, appeal(AppealStatus.PROXIED)).actions(appeal(AppealStatus.PROXIED)))
			.containsExactlyInAnyOrder(AppealAction.ASSIGN, AppealAction.FOLLOW_UP);
		assertThat(policy(OFFICE, appeal(AppealStatus.ASSIGNED)).actions(appeal(AppealStatus.ASSIGNED)))
			.containsExactlyInAnyOrder(AppealAction.FOLLOW_UP, AppealAction.RESOLVE);
		assertThat(policy(STAFF, appeal(AppealStatus.RESOLVED)).actions(appeal(AppealStatus.RESOLVED)))
			.containsExactlyInAnyOrder(AppealAction.RATE, AppealAction.RATING_LINK);
		assertThat(policy(THE_PROXY, appeal(AppealStatus.RESOLVED)).actions(appeal(AppealStatus.RESOLVED))).isEmpty();
		for (AppealStatus status : AppealStatus.values()) {
			assertThat(policy(GROUP, appeal(status)).actions(appeal(status))).as(status.name()).isEmpty();
		}
	}

	@Test
	void theAppealRefusesAStepFromTheWrongState() {
		assertThatThrownBy(() -> appeal(AppealStatus.RECEIVED).resolve("x", "staff", AT))
			.isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> appeal(AppealStatus.PROXIED).proxy(7, "代表", "staff", AT))
			.isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> appeal(AppealStatus.RESOLVED).followUp("催办", "staff", AT))
			.isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> appeal(AppealStatus.ASSIGNED)
			.rate(Satisfaction.VERY_SATISFIED, AppealRatingMode.IN_PERSON, "staff", AT))
			.isInstanceOf(Problem.Conflict.class);
		assertThatThrownBy(() -> appeal(AppealStatus.ASSIGNED).ratingLinkIssued("staff", AT))
			.isInstanceOf(Problem.Conflict.class);
	}

	@Test
	void aUserWithSeveralRolesMayWhatEachOfThemMay() {
		long seed = Long.getLong("lvzhi.seed", 20261202L);
		var random = new Random(seed);
		AppealStatus[] statuses = AppealStatus.values();
		for (int i = 0; i < 2000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			boolean staffHere = random.nextBoolean();
			boolean linkedToProxy = random.nextBoolean();
			boolean attached = random.nextBoolean();
			AppealStatus status = statuses[random.nextInt(statuses.length)];
			Appeal appeal = appeal(status);
			var user = new Actor("u" + i, 1, roles, staffHere ? WORKSTATION : 11L, linkedToProxy ? PROXY : 101L);
			AppealPolicy policy = AppealPolicy.of(user, appeal, attached);
			String why = "seed " + seed + " #" + i + ": " + roles + " staffHere=" + staffHere + " proxy="
					+ linkedToProxy + " attached=" + attached + " " + status;
			boolean office = roles.contains(Role.OFFICE);
			boolean staff = roles.contains(Role.WORKSTATION_STAFF) && staffHere;
			boolean representative = roles.contains(Role.REPRESENTATIVE);
			boolean proxy = representative && linkedToProxy && status != AppealStatus.RECEIVED;
			boolean about = linkedToProxy && status != AppealStatus.RECEIVED;
			boolean handles = office || staff || proxy;
			assertThat(policy.handles()).as(why).isEqualTo(handles);
			assertThat(policy.seesPersonalData()).as(why).isEqualTo(handles);
			assertThat(policy.registers()).as(why).isEqualTo(office || staff || representative && attached);
			assertThat(policy.reads(status)).as(why).isEqualTo(handles || roles.contains(Role.EVALUATION_GROUP)
					|| representative && attached && status == AppealStatus.RECEIVED);
			assertThat(policy.rates()).as(why).isEqualTo((office || staff) && !about);
			assertThat(policy.reopens()).as(why).isEqualTo(proxy);
			if (!policy.reads(status)) {
				assertThat(policy.actions(appeal)).as(why).isEmpty();
			}
		}
	}
}
