package cn.lvzhi.activities.evidence;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of every kind an evidence upload may be, and some that it may not. */
final class Samples {

	private Samples() {
	}

	/** A real image written by javax.imageio: "png", "jpg" or "gif". */
	static byte[] image(String format) {
		var image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 8; x++) {
			for (int y = 0; y < 6; y++) {
				image.setRGB(x, y, (x * 31 + y * 17) << 8 | x * 20);
			}
		}
		var out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] png() {
		return image("png");
	}

	/** A one-page PDF 1.4 with a correct cross-reference table. */
	static byte[] pdf() {
		String drawing = "0 0 m 100 100 l S";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << >> >>",
				"<< /Length " + drawing.length() + " >>\nstream\n" + drawing + "\nendstream");
		var pdf = new StringBuilder("%PDF-1.4\n");
		var offsets = new ArrayList<Integer>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref).append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] docx() {
		try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("社区走访记录");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] xlsx() {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("签到表").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static byte[] pptx() {
		try (var show = new XMLSlideShow(); var out = new ByteArrayOutputStream()) {
			show.createSlide();
			show.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An Excel 97–2003 workbook (OLE2). */
	static byte[] xls() {
		try (var workbook = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.createSheet("签到表").createRow(0).createCell(0).setCellValue("姓名");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** An OLE2 compound file holding one stream of this name (WordDocument: a .doc to a reader of magic). */
	static byte[] ole2With(String stream) {
		try (var fs = new POIFSFileSystem(); var out = new ByteArrayOutputStream()) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
			fs.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A zip with these entries (name → text). */
	static byte[] zip(Map<String, String> entries) {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The first bytes of a WEBP file (a RIFF container of type WEBP) and a little more. */
	static byte[] webp() {
		byte[] content = new byte[64];
		put(content, 0, "RIFF");
		content[4] = 56;
		put(content, 8, "WEBPVP8 ");
		return content;
	}

	/** The first bytes of an iPhone photo: an ISO media file of brand mif1, compatible with heic. */
	static byte[] heic() {
		byte[] content = new byte[64];
		content[3] = 24;
		put(content, 4, "ftypmif1");
		put(content, 16, "mif1heic");
		return content;
	}

	static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static void put(byte[] content, int at, String ascii) {
		byte[] bytes = ascii.getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(bytes, 0, content, at, bytes.length);
	}
}
