package cn.lvzhi.roster;

import java.time.Instant;

/**
 * Roster records as stored, with an id, for tests that need no database: a {@code WebSlice}
 * stubbing {@link Workstations}. Tests on the application make them with {@code Fixtures}.
 */
public final class RosterMother {

	private static final Instant CREATED = Instant.parse("2020-01-01T00:00:00Z");

	private RosterMother() {
	}

	public static Workstation community(long id, long districtId, String name) {
		return new Workstation(id, 0, districtId, name, WorkstationType.COMMUNITY, (int) id, CREATED, CREATED);
	}
}
