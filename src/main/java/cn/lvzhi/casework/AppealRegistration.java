package cn.lvzhi.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import cn.lvzhi.shared.Problem.FieldViolation;

/**
 * What somebody fills in to register an appeal, from the API or the 诉求登记 form. The channel is
 * given as text, so that an unknown value is a 422 naming {@code channel} like any other field.
 * {@code subject} (事由) is an extension of API.md: a short line without personal data that the
 * constituent's rating page and the activity records' titles show instead of the content.
 */
public record AppealRegistration(String constituentName, String constituentPhone, String constituentAddress,
		String content, String category, String subject, LocalDate receivedOn, String channel, Long workstationId) {

	public static final int NAME_MAX = 50;

	public static final int PHONE_MAX = 30;

	public static final int ADDRESS_MAX = 200;

	public static final int CONTENT_MAX = 4000;

	public static final int CATEGORY_MAX = 50;

	public static final int SUBJECT_MAX = 100;

	private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{3,30}");

	/** The same registration with blank texts as {@code null} and the rest stripped. */
	public AppealRegistration normalized() {
		return new AppealRegistration(clean(constituentName), clean(constituentPhone), clean(constituentAddress),
				clean(content), clean(category), clean(subject), receivedOn, clean(channel), workstationId);
	}

	/** Field by field what is wrong, judged on {@code today} of the district; empty when all is well. */
	public List<FieldViolation> violations(LocalDate today) {
		AppealRegistration r = normalized();
		var found = new ArrayList<FieldViolation>();
		required(found, "constituentName", r.constituentName, NAME_MAX);
		if (r.constituentPhone != null && !PHONE.matcher(r.constituentPhone).matches()) {
			found.add(new FieldViolation("constituentPhone", "casework.validation.phone"));
		}
		tooLong(found, "constituentAddress", r.constituentAddress, ADDRESS_MAX);
		required(found, "content", r.content, CONTENT_MAX);
		tooLong(found, "category", r.category, CATEGORY_MAX);
		tooLong(found, "subject", r.subject, SUBJECT_MAX);
		if (receivedOn == null) {
			found.add(new FieldViolation("receivedOn", "validation.required"));
		}
		else if (receivedOn.isAfter(today)) {
			found.add(new FieldViolation("receivedOn", "casework.validation.received-in-future"));
		}
		if (r.channel == null) {
			found.add(new FieldViolation("channel", "validation.required"));
		}
		else if (channelOf(r.channel) == null) {
			found.add(new FieldViolation("channel", "casework.validation.one-of",
					String.join(", ", Arrays.stream(AppealChannel.values()).map(Enum::name).toList())));
		}
		if (workstationId == null) {
			found.add(new FieldViolation("workstationId", "validation.required"));
		}
		return found;
	}

	/** The channel named, once {@link #violations} found nothing wrong with it. */
	AppealChannel channelValue() {
		return channelOf(clean(channel));
	}

	static AppealChannel channelOf(String name) {
		return Arrays.stream(AppealChannel.values()).filter(c -> c.name().equals(name)).findFirst().orElse(null);
	}

	static void required(List<FieldViolation> found, String field, String value, int max) {
		if (value == null) {
			found.add(new FieldViolation(field, "validation.required"));
		}
		else {
			tooLong(found, field, value, max);
		}
	}

	static void tooLong(List<FieldViolation> found, String field, String value, int max) {
		if (value != null && value.length() > max) {
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
