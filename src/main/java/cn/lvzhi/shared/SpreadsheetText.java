package cn.lvzhi.shared;

/**
 * Text written to or read from a spreadsheet cell. A text that a spreadsheet would take for a
 * formula ({@code = + - @}, or a tab or carriage return that some programs strip first) gets a
 * leading apostrophe, so that it stays text (CSV / formula injection); reading removes it again.
 * Every export of the application goes through {@link #neutralised(String)}.
 */
public final class SpreadsheetText {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetText() {
	}

	public static String neutralised(String value) {
		if (value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	/** The text as it was before {@link #neutralised(String)}, for a sheet that comes back. */
	public static String unneutralised(String value) {
		if (value != null && value.length() > 1 && value.charAt(0) == '\''
				&& FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}
}
