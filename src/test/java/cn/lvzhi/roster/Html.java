package cn.lvzhi.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough HTML reading for page tests (no HTML parser is on the test classpath). */
final class Html {

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private Html() {
	}

	/** The text of an element's content, tags removed and whitespace collapsed. */
	static String text(String html) {
		return TAG.matcher(html).replaceAll(" ").replaceAll("\\s+", " ").strip();
	}

	/** The inner HTML of the first element with this id, or {@code null}. */
	static String byId(String html, String id) {
		Matcher m = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		if (!m.find()) {
			return null;
		}
		String tag = m.group(1);
		int start = m.end();
		int depth = 1;
		Matcher tags = Pattern.compile("<(/?)" + tag + "(\\s[^>]*)?>").matcher(html);
		tags.region(start, html.length());
		while (tags.find()) {
			depth += tags.group(1).isEmpty() ? 1 : -1;
			if (depth == 0) {
				return html.substring(start, tags.start());
			}
		}
		return html.substring(start);
	}

	/** The opening tag of the element with this id, or {@code null}. */
	static String openingTag(String html, String id) {
		Matcher m = Pattern.compile("<\\w+[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
		return m.find() ? m.group() : null;
	}

	/** The error shown right after a form control (its {@code .invalid-feedback} in the same group), or "". */
	static String errorOf(String html, String id) {
		Matcher m = Pattern.compile("\\sid=\"" + Pattern.quote(id) + "\"").matcher(html);
		if (!m.find()) {
			throw new AssertionError("No control with id " + id);
		}
		String rest = html.substring(m.end());
		int end = rest.indexOf("class=\"mb-3\"");
		String group = end < 0 ? rest : rest.substring(0, end);
		Matcher feedback = Pattern.compile("class=\"invalid-feedback\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(group);
		return feedback.find() ? text(feedback.group(1)) : "";
	}

	/** The text of each body row of the table with this id. */
	static List<String> rows(String html, String tableId) {
		String table = byId(html, tableId);
		var rows = new ArrayList<String>();
		if (table == null) {
			return rows;
		}
		int body = table.indexOf("<tbody");
		Matcher m = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.substring(Math.max(body, 0)));
		while (m.find()) {
			rows.add(text(m.group(1)));
		}
		return rows;
	}

	/** The text of each cell of one column of the table with this id (0-based). */
	static List<String> column(String html, String tableId, int column) {
		String table = byId(html, tableId);
		var cells = new ArrayList<String>();
		int body = table.indexOf("<tbody");
		Matcher rows = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table.substring(body));
		while (rows.find()) {
			Matcher tds = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rows.group(1));
			for (int i = 0; tds.find(); i++) {
				if (i == column) {
					cells.add(text(tds.group(1)));
				}
			}
		}
		return cells;
	}
}
