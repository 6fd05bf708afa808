package cn.lvzhi.audit.web;

import cn.lvzhi.shared.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

import cn.lvzhi.audit.AuditFilter;
import cn.lvzhi.audit.AuditTrail;

/**
 * The audit trail as an Excel workbook, written with POI's streaming writer (only a window of
 * rows is held in memory). Text that a spreadsheet would take for a formula is neutralised.
 */
final class AuditWorkbook {

	static final String[] HEADER_KEYS = { "audit.column.id", "audit.column.at", "audit.column.username",
			"audit.column.roles", "audit.column.remote-address", "audit.column.action", "audit.column.record-type",
			"audit.column.record-id", "audit.column.success", "audit.column.summary" };

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private AuditWorkbook() {
	}

	static void write(AuditTrail trail, long districtId, AuditFilter filter, MessageSource messages, Locale locale,
			OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage("audit.export.sheet", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER_KEYS.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(messages.getMessage(HEADER_KEYS[i], null, locale));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			String yes = messages.getMessage("audit.success.true", null, locale);
			String no = messages.getMessage("audit.success.false", null, locale);
			int[] next = { 1 };
			trail.export(districtId, filter, entry -> {
				Row row = sheet.createRow(next[0]++);
				row.createCell(0).setCellValue(entry.id());
				text(row, 1, TIME.format(entry.at()));
				text(row, 2, entry.username());
				text(row, 3, String.join(",", entry.roles()));
				text(row, 4, entry.remoteAddress());
				text(row, 5, entry.action());
				text(row, 6, entry.recordType());
				text(row, 7, entry.recordId());
				text(row, 8, entry.success() ? yes : no);
				text(row, 9, entry.summary());
			});
			int[] widths = { 10, 20, 16, 24, 18, 22, 16, 12, 8, 60 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(SpreadsheetText.neutralised(value));
		}
	}

}
