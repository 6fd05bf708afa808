package cn.lvzhi.casework;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Representatives;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.roster.Workstations;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * What the appeals' forms offer to choose from: the workstations a user registers appeals at
 * (the office all of the district, staff their own, a representative those they are attached
 * to), the workstations a list may be filtered by, and the representatives the staff or the
 * office may name as an appeal's proxy (those serving at its workstation).
 */
@Service
@Transactional(readOnly = true)
public class AppealChoices {

	private final Workstations workstations;

	private final Representatives representatives;

	AppealChoices(Workstations workstations, Representatives representatives) {
		this.workstations = workstations;
		this.representatives = representatives;
	}

	/** The workstations the user may register an appeal at, in display order. */
	public List<Workstation> registrableAt(CurrentUser user) {
		List<Workstation> all = workstations.inDisplayOrder(user.districtId());
		if (user.has(Role.OFFICE)) {
			return all;
		}
		Representative own = user.has(Role.REPRESENTATIVE)
				? user.representativeId().flatMap(representatives::find).orElse(null) : null;
		return all.stream()
			.filter(w -> user.has(Role.WORKSTATION_STAFF) && user.workstationId().map(w.id()::equals).orElse(false)
					|| own != null && own.isAttachedTo(w.id()))
			.toList();
	}

	/** The workstations a list may be filtered by: all for those who read every appeal, else none. */
	public List<Workstation> listedAt(CurrentUser user) {
		return AppealPolicy.readsAll(user) ? workstations.inDisplayOrder(user.districtId()) : List.of();
	}

	/** The representatives serving at the appeal's workstation, to name as its proxy. */
	public List<Representative> proxies(Appeal appeal) {
		return representatives.ofWorkstation(appeal.workstationId())
			.stream()
			.filter(Representative::isActive)
			.toList();
	}
}
