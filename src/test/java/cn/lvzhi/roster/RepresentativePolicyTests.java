package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lvzhi.Actor;
import cn.lvzhi.RandomRoles;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who reads which representatives and their phones: the office and the group the whole district,
 * staff of either of the representative's workstations, the representative themself; phones in
 * full only for the office.
 */
class RepresentativePolicyTests {

	static final long DISTRICT = 1;

	static final long COMMUNITY = 11;

	static final long INDUSTRY = 12;

	static final long ELSEWHERE = 13;

	static final Instant AT = Instant.parse("2020-01-01T00:00:00Z");

	/** Representative 7, attached to community workstation 11 and industry workstation 12. */
	static final Representative REP = new Representative(7L, 0, DISTRICT, "李梅", Gender.FEMALE, "某单位", "书记",
			"13812345678", "某选举单位", "第三届", COMMUNITY, INDUSTRY, RepresentativeStatus.ACTIVE, LocalDate.of(2015, 1, 1),
			null, null, AT, AT);

	static Actor user(Set<Role> roles, Long workstation, Long representative) {
		return new Actor("u", DISTRICT, roles, workstation, representative);
	}

	@Test
	void readersAreTheDistrictWideRolesTheStaffOfEitherWorkstationAndTheRepresentative() {
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.OFFICE), null, null), REP)).isTrue();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.EVALUATION_GROUP), null, null), REP)).isTrue();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.WORKSTATION_STAFF), COMMUNITY, null), REP)).isTrue();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.WORKSTATION_STAFF), INDUSTRY, null), REP)).isTrue();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.REPRESENTATIVE), null, 7L), REP)).isTrue();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.WORKSTATION_STAFF), ELSEWHERE, null), REP)).isFalse();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.REPRESENTATIVE), null, 8L), REP)).isFalse();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.ADMIN), null, null), REP)).isFalse();
		assertThat(RepresentativePolicy.readableBy(user(Set.of(Role.AUDITOR), null, null), REP)).isFalse();
		assertThat(RepresentativePolicy.readableBy(new Actor("o", 2, Set.of(Role.OFFICE), null, null), REP))
			.as("another district's office")
			.isFalse();
	}

	@Test
	void eachUserListsWithTheFilterTheirPlaceAllows() {
		RepresentativeFilter office = RepresentativePolicy.filterFor(user(Set.of(Role.OFFICE), null, null), ELSEWHERE,
				null, "李");
		assertThat(office.workstationId()).isEqualTo(ELSEWHERE);
		assertThat(office.representativeId()).isNull();
		RepresentativeFilter staff = RepresentativePolicy.filterFor(user(Set.of(Role.WORKSTATION_STAFF), COMMUNITY, null),
				null, null, null);
		assertThat(staff.workstationId()).isEqualTo(COMMUNITY);
		RepresentativeFilter self = RepresentativePolicy.filterFor(user(Set.of(Role.REPRESENTATIVE), null, 7L), null,
				null, null);
		assertThat(self.representativeId()).isEqualTo(7L);
		assertThatThrownBy(() -> RepresentativePolicy.filterFor(user(Set.of(Role.WORKSTATION_STAFF), COMMUNITY, null),
				ELSEWHERE, null, null))
			.isInstanceOf(Problem.Forbidden.class)
			.extracting(t -> ((Problem) t).messageKey())
			.isEqualTo("roster.problem.not-your-representative");
		assertThatThrownBy(() -> RepresentativePolicy.filterFor(user(Set.of(Role.ADMIN), null, null), null, null, null))
			.isInstanceOf(Problem.Forbidden.class)
			.extracting(t -> ((Problem) t).messageKey())
			.isEqualTo("problem.forbidden");
	}

	@Test
	void onlyTheOfficeSeesPhonesInFull() {
		for (Role role : Role.values()) {
			String phone = RepresentativePolicy.phoneFor(user(EnumSet.of(role), COMMUNITY, 7L), REP);
			assertThat(phone).as(role.name()).isEqualTo(role == Role.OFFICE ? "13812345678" : "138****5678");
		}
	}

	@Test
	void aUserWithSeveralRolesReadsWhatAnyOfThemReads() {
		long seed = Long.getLong("lvzhi.seed", 20261202L);
		var random = new Random(seed);
		for (int i = 0; i < 1000; i++) {
			Set<Role> roles = RandomRoles.of(random);
			Long workstation = random.nextBoolean() ? COMMUNITY : ELSEWHERE;
			Long representative = random.nextBoolean() ? 7L : 8L;
			boolean expected = roles.contains(Role.OFFICE) || roles.contains(Role.EVALUATION_GROUP)
					|| roles.contains(Role.WORKSTATION_STAFF) && workstation == COMMUNITY
					|| roles.contains(Role.REPRESENTATIVE) && representative == 7L;
			assertThat(RepresentativePolicy.readableBy(user(roles, workstation, representative), REP))
				.as("seed %d: %s at %d as %d", seed, roles, workstation, representative)
				.isEqualTo(expected);
		}
	}
}
