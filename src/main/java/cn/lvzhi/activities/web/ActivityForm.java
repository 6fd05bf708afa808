package cn.lvzhi.activities.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.standard.Satisfaction;

/**
 * The page form of an activity: reported by a representative (no {@code representativeId}: their
 * own), entered for a representative by staff or the office, or amended. Bean Validation catches
 * what it can next to the fields; {@code Activities} checks the rest (a future day in the
 * district's time zone, an item unknown that day, the representative's term) and its field
 * errors are shown the same way.
 */
record ActivityForm(Long representativeId, @NotNull Integer itemCode,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate occurredOn,
		@NotBlank @Size(max = ActivityDetails.TITLE_MAX) String title,
		@Size(max = ActivityDetails.DESCRIPTION_MAX) String description,
		@Size(max = ActivityDetails.PLACE_MAX) String place,
		@DecimalMin(value = "0", inclusive = false) @DecimalMax("24") @Digits(integer = 2, fraction = 1) BigDecimal hours,
		Satisfaction satisfaction) {

	static ActivityForm empty(LocalDate today) {
		return new ActivityForm(null, null, today, null, null, null, null, null);
	}

	static ActivityForm of(ActivityRecord record) {
		ActivityDetails d = record.details();
		return new ActivityForm(record.representativeId(), d.itemCode(), d.occurredOn(), d.title(), d.description(),
				d.place(), d.hours(), d.satisfaction());
	}

	ActivityDetails details() {
		return new ActivityDetails(itemCode, occurredOn, title, description, place, hours, satisfaction);
	}
}
