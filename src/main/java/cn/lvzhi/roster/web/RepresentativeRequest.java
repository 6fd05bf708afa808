package cn.lvzhi.roster.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.RepresentativeDetails;

/**
 * A representative as the API receives it (create and edit). {@code startedOn} defaults to
 * today; {@code version} (optional, on edit) guards against lost updates.
 */
record RepresentativeRequest(@NotBlank @Size(max = RepresentativeDetails.NAME_MAX) String name, Gender gender,
		@Size(max = RepresentativeDetails.ORGANIZATION_MAX) String organization,
		@Size(max = RepresentativeDetails.POSITION_MAX) String position,
		@Pattern(regexp = RepresentativeDetails.PHONE_REGEX) String phone,
		@Size(max = RepresentativeDetails.ELECTORAL_UNIT_MAX) String electoralUnit,
		@Size(max = RepresentativeDetails.TERM_MAX) String term, @NotNull Long communityWorkstationId,
		Long industryWorkstationId, @PastOrPresent LocalDate startedOn, Integer version) {

	RepresentativeDetails details() {
		return new RepresentativeDetails(name, gender, organization, position, phone, electoralUnit, term,
				communityWorkstationId, industryWorkstationId, startedOn);
	}
}
