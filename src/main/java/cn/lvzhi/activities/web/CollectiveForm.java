package cn.lvzhi.activities.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.CollectiveDetails;

/** The page form of a collective activity: one record per participant. */
record CollectiveForm(@NotNull Integer itemCode,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
		@NotBlank @Size(max = ActivityDetails.TITLE_MAX) String title,
		@Size(max = ActivityDetails.DESCRIPTION_MAX) String description, @NotEmpty List<Long> participantIds) {

	static CollectiveForm empty(LocalDate today) {
		return new CollectiveForm(null, today, null, null, List.of());
	}

	CollectiveDetails details() {
		return new CollectiveDetails(itemCode, occurredOn, title, description, participantIds);
	}
}
