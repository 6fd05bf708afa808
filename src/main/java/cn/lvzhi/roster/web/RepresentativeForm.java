package cn.lvzhi.roster.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;

/** The page form of a representative (new and edit); {@code version} is the one the editor saw. */
record RepresentativeForm(@NotBlank @Size(max = RepresentativeDetails.NAME_MAX) String name, Gender gender,
		@Size(max = RepresentativeDetails.ORGANIZATION_MAX) String organization,
		@Size(max = RepresentativeDetails.POSITION_MAX) String position,
		@Pattern(regexp = "(" + RepresentativeDetails.PHONE_REGEX + ")?") String phone,
		@Size(max = RepresentativeDetails.ELECTORAL_UNIT_MAX) String electoralUnit,
		@Size(max = RepresentativeDetails.TERM_MAX) String term, @NotNull Long communityWorkstationId,
		Long industryWorkstationId, @PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startedOn,
		Integer version) {

	static RepresentativeForm empty() {
		return new RepresentativeForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	static RepresentativeForm of(Representative r) {
		return new RepresentativeForm(r.name(), r.gender().orElse(null), r.organization(), r.position(), r.phone(),
				r.electoralUnit(), r.term(), r.communityWorkstationId(), r.industryWorkstationId().orElse(null),
				r.startedOn(), r.version());
	}

	RepresentativeDetails details() {
		return new RepresentativeDetails(name, gender, organization, position, phone, electoralUnit, term,
				communityWorkstationId, industryWorkstationId, startedOn);
	}
}
