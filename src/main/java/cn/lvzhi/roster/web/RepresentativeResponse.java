package cn.lvzhi.roster.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativePolicy;
import cn.lvzhi.roster.RepresentativeStatus;
import cn.lvzhi.shared.CurrentUser;

/** A representative as the API shows it to a user: the phone in full only for the office. */
record RepresentativeResponse(long id, String name, @Nullable Gender gender, @Nullable String organization,
		@Nullable String position, @Nullable String phone, @Nullable String electoralUnit, @Nullable String term,
		long communityWorkstationId, @Nullable Long industryWorkstationId, RepresentativeStatus status,
		LocalDate startedOn, @Nullable LocalDate endedOn, @Nullable String endReason, int version) {

	static RepresentativeResponse of(Representative r, CurrentUser viewer) {
		return new RepresentativeResponse(r.id(), r.name(), r.gender().orElse(null), r.organization(), r.position(),
				RepresentativePolicy.phoneFor(viewer, r), r.electoralUnit(), r.term(), r.communityWorkstationId(),
				r.industryWorkstationId().orElse(null), r.status(), r.startedOn(), r.endedOn().orElse(null),
				r.endReason().orElse(null), r.version());
	}
}
