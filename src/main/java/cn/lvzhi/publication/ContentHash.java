package cn.lvzhi.publication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import cn.lvzhi.standard.Category;

/**
 * The content hash of a list: the SHA-256 (lower-case hex) of its canonical text, printed on
 * every page, workbook and PDF of the list, so that anyone can check a copy against the
 * published one. Everything in it is shown publicly, so it can be recomputed from the public
 * page, the public JSON or the Excel export alone.
 * <p>
 * The canonical text is UTF-8, each line ending with a line feed ({@code \n}), fields separated
 * by a tab ({@code \t}):
 * <pre>
 * lvzhi-publication/1
 * &lt;district name&gt;
 * &lt;year&gt;-Q&lt;quarter&gt;             e.g. 2026-Q1
 * &lt;as-of day&gt;                   YYYY-MM-DD, the quarter's last day
 * then one line per row, in published order (community workstation display order, rank in it, name):
 * workstation name, name, SERVICE, DELIBERATION, SUPERVISION, EXEMPLARY, adjustments, total,
 * quarter points, rank in workstation, overall rank
 * </pre>
 * Numbers are written in decimal without grouping ({@code -3}, {@code 105}). In the two texts a
 * backslash is written {@code \\}, a tab {@code \t}, a line feed {@code \n} and a carriage return
 * {@code \r} (as two characters each), so that a line is always one row.
 */
public final class ContentHash {

	static final String HEADER = "lvzhi-publication/1";

	private ContentHash() {
	}

	/** The canonical text of a list (see the class comment). */
	public static String canonicalText(String districtName, int year, int quarter, LocalDate asOf,
			List<PublicationRow> rows) {
		var text = new StringBuilder();
		text.append(HEADER).append('\n');
		text.append(escape(districtName)).append('\n');
		text.append(year).append("-Q").append(quarter).append('\n');
		text.append(asOf).append('\n');
		for (PublicationRow r : rows) {
			text.append(escape(r.workstationName())).append('\t').append(escape(r.name()));
			for (Category category : Category.values()) {
				text.append('\t').append(r.points(category));
			}
			text.append('\t').append(r.adjustments()).append('\t').append(r.total()).append('\t')
				.append(r.quarterPoints()).append('\t').append(r.rankInWorkstation()).append('\t')
				.append(r.rankOverall()).append('\n');
		}
		return text.toString();
	}

	/** SHA-256 of the canonical text, lower-case hex. */
	public static String of(String districtName, int year, int quarter, LocalDate asOf, List<PublicationRow> rows) {
		return sha256(canonicalText(districtName, year, quarter, asOf, rows));
	}

	static String sha256(String text) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	private static String escape(String value) {
		return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}
}
