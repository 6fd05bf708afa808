package cn.lvzhi.publication.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import cn.lvzhi.publication.Publication;
import cn.lvzhi.publication.PublicationRow;
import cn.lvzhi.roster.District;
import cn.lvzhi.shared.PrintedDocument;
import cn.lvzhi.shared.SpreadsheetText;
import cn.lvzhi.standard.Category;

/**
 * A list as a file: an Excel workbook (one sheet, title rows with the district, the quarter, the
 * approval date and the content hash, then the rows grouped by community workstation as
 * published; streamed; every text cell neutralised) or a PDF (the same, printed with the
 * embedded Chinese font).
 */
@Component
class PublicationFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String PDF = "application/pdf";

	/** The columns of the table, in the order of the canonical text after the workstation. */
	static final String[] COLUMN_KEYS = { "publication.column.workstation", "publication.column.name",
			"publication.column.SERVICE", "publication.column.DELIBERATION", "publication.column.SUPERVISION",
			"publication.column.EXEMPLARY", "publication.column.adjustments", "publication.column.total",
			"publication.column.quarterPoints", "publication.column.rankInWorkstation",
			"publication.column.rankOverall" };

	/** The row (0-based) of the workbook's column header; the list's rows follow it. */
	static final int HEADER_ROW = 5;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

	private final MessageSource messages;

	PublicationFiles(MessageSource messages) {
		this.messages = messages;
	}

	void xlsx(Publication p, District district, HttpServletResponse response) throws IOException {
		attach(response, XLSX, fileName(p, "xlsx"));
		writeWorkbook(p, district, response.getOutputStream());
	}

	void pdf(Publication p, District district, HttpServletResponse response) throws IOException {
		byte[] pdf = PrintedDocument.pdf(xhtml(p, district));
		attach(response, PDF, fileName(p, "pdf"));
		response.setContentLength(pdf.length);
		response.getOutputStream().write(pdf);
	}

	private void attach(HttpServletResponse response, String type, String name) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
	}

	private String fileName(Publication p, String extension) {
		return text("publication.file-name") + "-" + p.year() + "-Q" + p.quarter() + "." + extension;
	}

	void writeWorkbook(Publication p, District district, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(text("publication.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			String[] titles = titleLines(p, district);
			for (int i = 0; i < titles.length; i++) {
				Cell cell = sheet.createRow(i).createCell(0);
				cell.setCellValue(SpreadsheetText.neutralised(titles[i]));
				if (i == 0) {
					cell.setCellStyle(bold);
				}
			}
			Row header = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < COLUMN_KEYS.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(text(COLUMN_KEYS[i]));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, HEADER_ROW + 1);
			int next = HEADER_ROW + 1;
			Long group = null;
			for (PublicationRow r : p.rows()) {
				if (group == null || group != r.workstationId()) {
					group = r.workstationId();
					Cell cell = sheet.createRow(next++).createCell(0);
					cell.setCellValue(SpreadsheetText.neutralised(r.workstationName()));
					cell.setCellStyle(bold);
				}
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralised(r.workstationName()));
				row.createCell(1).setCellValue(SpreadsheetText.neutralised(r.name()));
				int column = 2;
				for (Category category : Category.values()) {
					row.createCell(column++).setCellValue(r.points(category));
				}
				row.createCell(column++).setCellValue(r.adjustments());
				row.createCell(column++).setCellValue(r.total());
				row.createCell(column++).setCellValue(r.quarterPoints());
				row.createCell(column++).setCellValue(r.rankInWorkstation());
				row.createCell(column).setCellValue(r.rankOverall());
			}
			int[] widths = { 24, 12, 14, 10, 10, 10, 8, 10, 12, 12, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	/** Title, quarter, approval, hash: the lines above the table in both files. */
	String[] titleLines(Publication p, District district) {
		ZoneId zone = district.timeZone();
		String approval = p.publishedAt()
			.map(at -> text("publication.print.approved", DAY.format(at.atZone(zone))))
			.orElseGet(() -> text("publication.print.not-approved", text("publication.status." + p.status().name())));
		return new String[] { text("publication.print.title", district.name()),
				text("publication.print.quarter", String.valueOf(p.year()), p.quarter(), p.asOf().toString()), approval,
				text("publication.print.hash", p.contentHash()) };
	}

	String xhtml(Publication p, District district) {
		String[] titles = titleLines(p, district);
		var html = new StringBuilder();
		html.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head>")
			.append("<meta charset=\"utf-8\"/><title>").append(e(titles[0])).append("</title><style>")
			.append("@page { size: A4 landscape; margin: 12mm; }")
			.append("body { font-family: '").append(PrintedDocument.FONT_FAMILY).append("'; font-size: 9pt; }")
			.append("h1 { font-size: 15pt; color: #9b1c1c; margin: 0 0 4pt 0; }")
			.append("p { margin: 2pt 0; } .hash { font-size: 8pt; word-wrap: break-word; }")
			.append("table { border-collapse: collapse; width: 100%; margin-top: 6pt; -fs-table-paginate: paginate; }")
			.append("th, td { border: 0.5pt solid #777; padding: 2pt 3pt; }")
			.append("td.n { text-align: right; } tr.group td { background: #f3e6e6; font-weight: bold; }")
			.append("</style></head><body>");
		html.append("<h1>").append(e(titles[0])).append("</h1>");
		html.append("<p>").append(e(titles[1])).append("</p>");
		html.append("<p>").append(e(titles[2])).append("</p>");
		html.append("<table><thead><tr>");
		for (String key : COLUMN_KEYS) {
			html.append("<th>").append(e(text(key))).append("</th>");
		}
		html.append("</tr></thead><tbody>");
		Long group = null;
		for (PublicationRow r : p.rows()) {
			if (group == null || group != r.workstationId()) {
				group = r.workstationId();
				html.append("<tr class=\"group\"><td colspan=\"").append(COLUMN_KEYS.length).append("\">")
					.append(e(r.workstationName())).append("</td></tr>");
			}
			html.append("<tr><td>").append(e(r.workstationName())).append("</td><td>").append(e(r.name())).append("</td>");
			for (Category category : Category.values()) {
				html.append(number(r.points(category)));
			}
			html.append(number(r.adjustments())).append(number(r.total())).append(number(r.quarterPoints()))
				.append(number(r.rankInWorkstation())).append(number(r.rankOverall())).append("</tr>");
		}
		if (p.rows().isEmpty()) {
			html.append("<tr><td colspan=\"").append(COLUMN_KEYS.length).append("\">")
				.append(e(text("publication.rows.none"))).append("</td></tr>");
		}
		html.append("</tbody></table>");
		html.append("<p class=\"hash\">").append(e(titles[3])).append("</p>");
		html.append("</body></html>");
		return html.toString();
	}

	private static String number(int value) {
		return "<td class=\"n\">" + value + "</td>";
	}

	/** Escaped for XHTML (the printed page must stay well-formed whatever a name holds). */
	private static String e(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private String text(String key, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, args, locale);
	}
}
