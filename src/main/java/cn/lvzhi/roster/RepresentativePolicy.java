package cn.lvzhi.roster;

import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Masking;
import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.Role;

/**
 * Who may read which representatives, and how much of them, in one place:
 * {@link RepresentativeQueries} enforces it, the pages and the API show phones by it, and other
 * modules ask it through {@link Representatives#readableBy}.
 * <ul>
 * <li>The office and the evaluation group read every representative of their district;
 * workstation staff those of their workstation (as community or industry one); a representative
 * themself.</li>
 * <li>Phone numbers are shown in full only to the office, who keeps the roster; everybody else
 * sees them masked.</li>
 * </ul>
 * Registering, correcting, ending, importing and exporting are the office's (the controllers'
 * role checks). Pure: no state, no Spring.
 */
public final class RepresentativePolicy {

	private RepresentativePolicy() {
	}

	/** Whether the user may read this representative. */
	public static boolean readableBy(CurrentUser user, Representative representative) {
		if (user.districtId() != representative.districtId()) {
			return false;
		}
		if (user.readsWholeDistrict()) {
			return true;
		}
		if (representative.hasStaff(user)) {
			return true;
		}
		return user.has(Role.REPRESENTATIVE) && user.representativeId().map(representative.id()::equals).orElse(false);
	}

	/**
	 * The filter a user may list with: the office and the evaluation group as asked; workstation
	 * staff only their own workstation (asking for another: 403); a representative only
	 * themselves; anybody else nothing (403).
	 */
	public static RepresentativeFilter filterFor(CurrentUser user, Long workstationId, RepresentativeStatus status,
			String name) {
		long district = user.districtId();
		if (user.readsWholeDistrict()) {
			return new RepresentativeFilter(district, workstationId, status, name, null);
		}
		if (user.has(Role.WORKSTATION_STAFF) && user.workstationId().isPresent()) {
			long own = user.workstationId().get();
			if (workstationId != null && workstationId != own) {
				throw new Problem.Forbidden("roster.problem.not-your-representative");
			}
			return new RepresentativeFilter(district, own, status, name, null);
		}
		if (user.has(Role.REPRESENTATIVE) && user.representativeId().isPresent()) {
			return new RepresentativeFilter(district, workstationId, status, name, user.representativeId().get());
		}
		throw new Problem.Forbidden("problem.forbidden");
	}

	/** Whether the user sees phone numbers in full. */
	public static boolean seesFullPhone(CurrentUser user) {
		return user.has(Role.OFFICE);
	}

	/** The phone as this user may see it. */
	public static String phoneFor(CurrentUser user, Representative representative) {
		return seesFullPhone(user) ? representative.phone() : Masking.phone(representative.phone());
	}
}
