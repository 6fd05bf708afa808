package cn.lvzhi.activities;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;
import cn.lvzhi.standard.Satisfaction;

/**
 * What somebody fills in about an activity: from the API, a page form or a collective activity.
 * {@link #violations} checks what can be checked without the database; {@link Activities} adds
 * the item of the standard and the representative's term.
 *
 * @param hours the duration of a duty shift, more than 0 and at most 24, one decimal
 * @param satisfaction the constituent's rating, for items scored by satisfaction
 */
public record ActivityDetails(Integer itemCode, LocalDate occurredOn, String title, String description, String place,
		BigDecimal hours, Satisfaction satisfaction) {

	public static final int TITLE_MAX = 200;

	public static final int DESCRIPTION_MAX = 4000;

	public static final int PLACE_MAX = 200;

	public static final BigDecimal HOURS_MAX = BigDecimal.valueOf(24);

	/** The same details with blank texts as {@code null} and the rest stripped. */
	public ActivityDetails normalized() {
		return new ActivityDetails(itemCode, occurredOn, clean(title), clean(description), clean(place),
				hours == null || hours.stripTrailingZeros().scale() > 1 ? hours : hours.setScale(1, java.math.RoundingMode.UNNECESSARY), satisfaction);
	}

	/** Field by field what is wrong, judged on {@code today} of the district; empty when all is well. */
	public List<FieldViolation> violations(LocalDate today) {
		var found = new ArrayList<FieldViolation>();
		if (itemCode == null) {
			found.add(new FieldViolation("itemCode", "validation.required"));
		}
		if (occurredOn == null) {
			found.add(new FieldViolation("occurredOn", "validation.required"));
		}
		else if (occurredOn.isAfter(today)) {
			found.add(new FieldViolation("occurredOn", "activities.validation.occurred-in-future"));
		}
		String t = clean(title);
		if (t == null) {
			found.add(new FieldViolation("title", "validation.required"));
		}
		else if (t.length() > TITLE_MAX) {
			found.add(new FieldViolation("title", "validation.too-long", TITLE_MAX));
		}
		tooLong(found, "description", description, DESCRIPTION_MAX);
		tooLong(found, "place", place, PLACE_MAX);
		if (hours != null && (hours.signum() <= 0 || hours.compareTo(HOURS_MAX) > 0
				|| hours.stripTrailingZeros().scale() > 1)) {
			found.add(new FieldViolation("hours", "activities.validation.hours"));
		}
		return found;
	}

	private static void tooLong(List<FieldViolation> found, String field, String value, int max) {
		String v = clean(value);
		if (v != null && v.length() > max) {
			found.add(new FieldViolation(field, "validation.too-long", max));
		}
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		return v.isEmpty() ? null : v;
	}
}
