package cn.lvzhi.roster;

/**
 * Which representatives of a district to list: those attached to a workstation (as community or
 * industry one), of a status, whose name contains a text, or just one representative.
 * {@code null} means "any".
 */
public record RepresentativeFilter(long districtId, Long workstationId, RepresentativeStatus status, String name,
		Long representativeId) {

	public RepresentativeFilter(long districtId, Long workstationId, RepresentativeStatus status, String name) {
		this(districtId, workstationId, status, name, null);
	}

	public static RepresentativeFilter all(long districtId) {
		return new RepresentativeFilter(districtId, null, null, null, null);
	}
}
