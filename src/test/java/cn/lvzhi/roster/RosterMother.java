package cn.lvzhi.roster;

import java.time.Instant;

/**
 * Roster records as stored, with an id, for tests that need no database: a {@code WebSlice}
 * stubbing {@link Workstations} or {@link Representatives}. Tests on the application make them with {@code Fixtures}.
 */
public final class RosterMother {

	private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

	private RosterMother() {
	}

	public static Workstation community(long id, long districtId, String name) {
		return new Workstation(id, 0, districtId, name, WorkstationType.COMMUNITY, (int) id, CREATED, CREATED);
	}

	/** A serving representative attached to {@code community}, in office since 2015. */
	public static Representative representative(long id, String name, String phone, Workstation community) {
		return new Representative(id, 0, community.districtId(), name, Gender.FEMALE, "某单位", "书记", phone, "某选举单位",
				"第三届", community.id(), null, RepresentativeStatus.ACTIVE, java.time.LocalDate.of(2015, 1, 1), null, null,
				CREATED, CREATED);
	}
}
