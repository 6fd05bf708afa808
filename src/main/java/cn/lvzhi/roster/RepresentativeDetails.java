package cn.lvzhi.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.lvzhi.shared.Problem;

/**
 * What the office fills in about a representative: from the API, a page form or a row of an
 * imported sheet. {@link #violations()} checks what can be checked without the database; the
 * workstations are checked by {@link Representatives}.
 *
 * @param startedOn the first day of the term (任期开始); {@code null}: today when registering,
 * unchanged when editing
 */
public record RepresentativeDetails(String name, Gender gender, String organization, String position, String phone,
		String electoralUnit, String term, Long communityWorkstationId, Long industryWorkstationId,
		LocalDate startedOn) {

	public static final int NAME_MAX = 50;

	public static final int ORGANIZATION_MAX = 200;

	public static final int POSITION_MAX = 100;

	public static final int ELECTORAL_UNIT_MAX = 200;

	public static final int TERM_MAX = 50;

	/**
	 * A mainland mobile number (13812345678) or a landline with area code, optionally with a
	 * hyphen and an extension (0755-25228888, 075525228888-123).
	 */
	public static final String PHONE_REGEX = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?";

	private static final Pattern PHONE = Pattern.compile(PHONE_REGEX);

	/** The same details with blank texts as {@code null} and the rest stripped. */
	public RepresentativeDetails normalized() {
		return new RepresentativeDetails(clean(name), gender, clean(organization), clean(position), clean(phone),
				clean(electoralUnit), clean(term), communityWorkstationId, industryWorkstationId, startedOn);
	}

	/** Field by field what is wrong, as message keys of the bundles; empty when all is well. */
	public List<Problem.FieldViolation> violations() {
		var found = new ArrayList<Problem.FieldViolation>();
		String n = clean(name);
		if (n == null) {
			found.add(new Problem.FieldViolation("name", "validation.required"));
		}
		else if (n.length() > NAME_MAX) {
			found.add(new Problem.FieldViolation("name", "validation.too-long", NAME_MAX));
		}
		tooLong(found, "organization", organization, ORGANIZATION_MAX);
		tooLong(found, "position", position, POSITION_MAX);
		tooLong(found, "electoralUnit", electoralUnit, ELECTORAL_UNIT_MAX);
		tooLong(found, "term", term, TERM_MAX);
		String p = clean(phone);
		if (p != null && !PHONE.matcher(p).matches()) {
			found.add(new Problem.FieldViolation("phone", "roster.validation.phone"));
		}
		if (communityWorkstationId == null) {
			found.add(new Problem.FieldViolation("communityWorkstationId", "validation.required"));
		}
		return found;
	}

	private static void tooLong(List<Problem.FieldViolation> found, String field, String value, int max) {
		String v = clean(value);
		if (v != null && v.length() > max) {
			found.add(new Problem.FieldViolation(field, "validation.too-long", max));
		}
	}

	static String clean(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
