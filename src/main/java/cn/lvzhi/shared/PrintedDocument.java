package cn.lvzhi.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns a well-formed XHTML page into a PDF with the Chinese font embedded (Noto Sans SC, SIL OFL,
 * {@code fonts/NotoSansSC-Regular.ttf}), so that a printed publication or statement looks the
 * same on every machine. Pages name the font as {@value #FONT_FAMILY} in their CSS; only the
 * glyphs used are embedded. Nothing is loaded from outside the application.
 */
public final class PrintedDocument {

	/** The font family a page's CSS must use. */
	public static final String FONT_FAMILY = "Noto Sans SC";

	private static final String FONT = "/fonts/NotoSansSC-Regular.ttf";

	private static volatile byte[] font;

	static {
		// openhtmltopdf logs every stage at INFO through java.util.logging; problems still surface as exceptions
		com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
	}

	private PrintedDocument() {
	}

	/** The PDF of {@code xhtml}, a complete well-formed XHTML document. */
	public static byte[] pdf(String xhtml) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			byte[] bytes = font();
			builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, 400,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			// the one weight there is also stands in for bold, so that headings never fall back
			builder.useFont(() -> new ByteArrayInputStream(bytes), FONT_FAMILY, 700,
					PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] font() throws IOException {
		byte[] loaded = font;
		if (loaded == null) {
			try (InputStream in = PrintedDocument.class.getResourceAsStream(FONT)) {
				if (in == null) {
					throw new IOException("missing " + FONT);
				}
				loaded = in.readAllBytes();
			}
			font = loaded;
		}
		return loaded;
	}
}
