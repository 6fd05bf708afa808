package cn.lvzhi.audit;

import java.time.LocalDate;

import cn.lvzhi.shared.Problem;

/**
 * Which entries to read: a range of days (inclusive, in the district's time zone), a username,
 * an action, a record type and id. {@code null} or blank means "any".
 */
public record AuditFilter(LocalDate from, LocalDate to, String username, String action, String recordType,
		String recordId) {

	public AuditFilter {
		username = blankToNull(username);
		action = blankToNull(action);
		recordType = blankToNull(recordType);
		recordId = blankToNull(recordId);
		if (from != null && to != null && from.isAfter(to)) {
			throw Problem.Invalid.field("to", "validation.audit.range");
		}
	}

	public static AuditFilter none() {
		return new AuditFilter(null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A short account of the filter for the audit entry of an export. */
	String describe() {
		var sb = new StringBuilder();
		append(sb, "from", from);
		append(sb, "to", to);
		append(sb, "username", username);
		append(sb, "action", action);
		append(sb, "recordType", recordType);
		append(sb, "recordId", recordId);
		return sb.isEmpty() ? "all entries" : sb.toString();
	}

	private static void append(StringBuilder sb, String name, Object value) {
		if (value != null) {
			sb.append(sb.isEmpty() ? "" : ", ").append(name).append('=').append(value);
		}
	}
}
