package cn.lvzhi.roster.web;

import java.time.LocalDate;
import java.util.Map;

import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativePolicy;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;

/** A representative as a page shows it to a user: workstations by name, the phone masked unless office. */
record RepresentativeView(long id, String name, String gender, String organization, String position, String phone,
		String electoralUnit, String term, String communityWorkstation, String industryWorkstation,
		RepresentativeStatus status, LocalDate startedOn, LocalDate endedOn, String endReason, int version) {

	static RepresentativeView of(Representative r, CurrentUser viewer, Map<Long, Workstation> workstations) {
		return new RepresentativeView(r.id(), r.name(), r.gender().map(Enum::name).orElse(null), r.organization(),
				r.position(), RepresentativePolicy.phoneFor(viewer, r), r.electoralUnit(), r.term(),
				nameOf(workstations, r.communityWorkstationId()),
				r.industryWorkstationId().map(id -> nameOf(workstations, id)).orElse(null), r.status(), r.startedOn(),
				r.endedOn().orElse(null), r.endReason().orElse(null), r.version());
	}

	private static String nameOf(Map<Long, Workstation> workstations, long id) {
		Workstation w = workstations.get(id);
		return w == null ? String.valueOf(id) : w.name();
	}
}
