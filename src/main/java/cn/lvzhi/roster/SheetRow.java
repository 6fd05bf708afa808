package cn.lvzhi.roster;

import java.util.Map;

/**
 * A data row of an uploaded roster sheet: its number as Excel shows it and its non-blank cells,
 * each a stripped text or a date.
 */
record SheetRow(int number, Map<SheetColumn, Object> values) {

	SheetRow {
		values = Map.copyOf(values);
	}

	/** The cell as text, {@code null} if blank. */
	String string(SheetColumn column) {
		Object value = values.get(column);
		return value == null ? null : value.toString();
	}
}
