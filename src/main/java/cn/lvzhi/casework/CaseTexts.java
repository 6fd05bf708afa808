package cn.lvzhi.casework;

import java.util.List;

import cn.lvzhi.shared.Problem.FieldViolation;

/** The checks of the texts casework takes: stripped, blank as absent, required ones present, none too long. */
final class CaseTexts {

	private CaseTexts() {
	}

	/** The text stripped, or {@code null} when it is absent or blank. */
	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String v = value.strip();
		return v.isEmpty() ? null : v;
	}

	/** Adds a violation of {@code field} when the text is absent or blank, or longer than {@code max}. */
	static void required(List<FieldViolation> found, String field, String value, int max) {
		if (clean(value) == null) {
			found.add(new FieldViolation(field, "validation.required"));
		}
		else {
			optional(found, field, value, max);
		}
	}

	/** Adds a violation of {@code field} when the text is longer than {@code max}. */
	static void optional(List<FieldViolation> found, String field, String value, int max) {
		String v = clean(value);
		if (v != null && v.length() > max) {
			found.add(new FieldViolation(field, "validation.too-long", max));
		}
	}

	/** At most {@code max} characters of the text, for a field of a record that carries less. */
	static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}
}
