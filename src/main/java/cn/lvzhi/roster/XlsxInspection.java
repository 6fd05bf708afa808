package cn.lvzhi.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import cn.lvzhi.shared.Problem;

/**
 * Looks inside an uploaded file before any parser does: is it an Office Open XML workbook (judged
 * from its bytes, never its name), does it inflate to a sane size at a sane ratio (no zip bomb),
 * and does none of its XML parts declare a DOCTYPE or entity (no XML external entities).
 */
final class XlsxInspection {

	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	private static final byte[][] FORBIDDEN = { "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII),
			"<!ENTITY".getBytes(StandardCharsets.US_ASCII) };

	/** Parts smaller than this are not judged by their ratio (tiny XML compresses very well). */
	private static final long RATIO_THRESHOLD = 64 * 1024;

	private static final int MAX_ENTRIES = 1000;

	private XlsxInspection() {
	}

	static void check(byte[] content, long maxUnzipped, double minInflateRatio) {
		if (startsWith(content, OLE2)) {
			// An .xls of Excel 97-2003, or an encrypted .xlsx.
			throw new Problem.UnsupportedType("roster.import.old-excel");
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
			throw new Problem.UnsupportedType("roster.import.not-xlsx");
		}
		boolean contentTypes = false;
		boolean workbook = false;
		long total = 0;
		int entries = 0;
		byte[] buffer = new byte[16 * 1024];
		try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					throw Problem.Invalid.field("file", "roster.import.zip-bomb");
				}
				String name = entry.getName();
				contentTypes |= name.equals("[Content_Types].xml");
				workbook |= name.equals("xl/workbook.xml");
				boolean xml = name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml");
				var scanner = new MarkerScanner();
				long size = 0;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					size += n;
					total += n;
					if (total > maxUnzipped) {
						throw Problem.Invalid.field("file", "roster.import.zip-bomb");
					}
					if (xml && scanner.found(buffer, n)) {
						throw Problem.Invalid.field("file", "roster.import.doctype");
					}
				}
				long compressed = entry.getCompressedSize();
				if (size > RATIO_THRESHOLD && compressed >= 0 && (double) compressed / size < minInflateRatio) {
					throw Problem.Invalid.field("file", "roster.import.zip-bomb");
				}
			}
		}
		catch (IOException | IllegalArgumentException e) {
			throw new Problem.UnsupportedType("roster.import.not-xlsx");
		}
		if (!contentTypes || !workbook) {
			// A zip, or another Office document (.docx, .pptx), but not a workbook.
			throw new Problem.UnsupportedType("roster.import.not-xlsx");
		}
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Finds the forbidden markers case-insensitively, also across buffer boundaries. */
	private static final class MarkerScanner {

		private final byte[] window = new byte[16];

		private int filled;

		boolean found(byte[] buffer, int length) {
			byte[] text = new byte[filled + length];
			System.arraycopy(window, 0, text, 0, filled);
			System.arraycopy(buffer, 0, text, filled, length);
			for (int i = 0; i < text.length; i++) {
				if (text[i] != '<') {
					continue;
				}
				for (byte[] marker : FORBIDDEN) {
					if (matches(text, i, marker)) {
						return true;
					}
				}
			}
			int keep = Math.min(window.length, text.length);
			System.arraycopy(text, text.length - keep, window, 0, keep);
			filled = keep;
			return false;
		}

		private static boolean matches(byte[] text, int at, byte[] marker) {
			if (at + marker.length > text.length) {
				return false;
			}
			for (int j = 0; j < marker.length; j++) {
				byte b = text[at + j];
				if (b >= 'a' && b <= 'z') {
					b -= 32;
				}
				if (b != marker[j]) {
					return false;
				}
			}
			return true;
		}
	}
}
