package cn.lvzhi.casework;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Real files a report or document may be (a one-page PDF), and one it may not (plain text). */
final class CaseSamples {

	private CaseSamples() {
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

	/** Plain text, whatever its name says. */
	static byte[] text() {
		return "这是一份纯文本,不是 PDF。".repeat(10).getBytes(StandardCharsets.UTF_8);
	}
}
