package cn.lvzhi.roster;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

import cn.lvzhi.shared.Problem;

/**
 * The cells of one imported row read as the domain's values: a choice among words, a date, a
 * workstation by name. Every wrong cell is noted (row as Excel numbers it, column by its header)
 * and read as blank, so that the row can be checked on and all its mistakes reported at once.
 */
final class RowCells {

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final SheetRow row;

	private final MessageSource messages;

	private final List<Problem.CellViolation> violations = new ArrayList<>();

	RowCells(SheetRow row, MessageSource messages) {
		this.row = row;
		this.messages = messages;
	}

	/** The wrong cells noted so far. */
	List<Problem.CellViolation> violations() {
		return violations;
	}

	/** Notes a wrong cell of this row. */
	void reject(SheetColumn column, String messageKey, Object... args) {
		violations.add(new Problem.CellViolation(row.number(), column.header(messages), messageKey, args));
	}

	String string(SheetColumn column) {
		return row.string(column);
	}

	/** One of the {@code choices} (looked up upper-cased, then as written); a word not among them is wrong. */
	<T> T choice(SheetColumn column, Map<String, T> choices, String messageKey) {
		String value = string(column);
		if (value == null) {
			return null;
		}
		T chosen = choices.get(value.toUpperCase(Locale.ROOT));
		if (chosen == null) {
			chosen = choices.get(value);
		}
		if (chosen == null) {
			reject(column, messageKey, value);
		}
		return chosen;
	}

	/** A date cell, or a text as 2024-03-01 or 2024/3/1. */
	LocalDate date(SheetColumn column) {
		Object value = row.values().get(column);
		if (value == null || value instanceof LocalDate) {
			return (LocalDate) value;
		}
		String text = value.toString();
		try {
			return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			reject(column, "roster.import.date", text);
			return null;
		}
	}

	/**
	 * The id of the workstation named in the cell (case-insensitively, {@code byName} by lower-case
	 * name), which must be of the given type; a community workstation is required.
	 */
	Long workstation(SheetColumn column, WorkstationType type, Map<String, Workstation> byName) {
		String name = string(column);
		if (name == null) {
			if (type == WorkstationType.COMMUNITY) {
				reject(column, "validation.required");
			}
			return null;
		}
		Workstation workstation = byName.get(name.toLowerCase(Locale.ROOT));
		if (workstation == null) {
			reject(column, "roster.import.workstation-unknown", name);
			return null;
		}
		if (workstation.type() != type) {
			reject(column, type.notThisTypeKey());
			return null;
		}
		return workstation.id();
	}

	/** Notes the domain's violations of fields, each in the column that holds its field. */
	void rejectFields(List<Problem.FieldViolation> fields) {
		fields.forEach(f -> violations.add(new Problem.CellViolation(row.number(),
				SheetColumn.ofField(f.field()).header(messages), f.messageKey(), f.args())));
	}
}
