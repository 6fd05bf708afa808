package cn.lvzhi.ledger.web;

import cn.lvzhi.shared.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

import cn.lvzhi.ledger.StandingsRow;
import cn.lvzhi.ledger.StandingsView;
import cn.lvzhi.standard.Category;

/**
 * The standings as an Excel workbook, written with POI's streaming writer: a title row, a header
 * row with the Chinese column names, then for each community workstation (in display order) a
 * row with its name followed by its representatives. Text a spreadsheet would take for a formula
 * is neutralised.
 */
final class StandingsWorkbook {

	static final String[] HEADER_KEYS = { "ledger.column.workstation", "ledger.column.rankInWorkstation",
			"ledger.column.rankOverall", "ledger.column.name", "ledger.column.SERVICE", "ledger.column.DELIBERATION",
			"ledger.column.SUPERVISION", "ledger.column.EXEMPLARY", "ledger.column.adjustments",
			"ledger.column.total" };

	private StandingsWorkbook() {
	}

	static void write(StandingsView view, MessageSource messages, Locale locale, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage("ledger.standings.sheet", null, locale));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(messages.getMessage("ledger.standings.title",
					new Object[] { String.valueOf(view.year()), view.asOf().toString() }, locale));
			title.setCellStyle(bold);
			Row header = sheet.createRow(1);
			for (int i = 0; i < HEADER_KEYS.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(messages.getMessage(HEADER_KEYS[i], null, locale));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 2);
			int next = 2;
			Long group = null;
			for (StandingsRow r : view.rows()) {
				if (group == null || group != r.workstationId()) {
					group = r.workstationId();
					Cell cell = sheet.createRow(next++).createCell(0);
					cell.setCellValue(SpreadsheetText.neutralised(r.workstationName()));
					cell.setCellStyle(bold);
				}
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralised(r.workstationName()));
				row.createCell(1).setCellValue(r.rankInWorkstation());
				row.createCell(2).setCellValue(r.rankOverall());
				row.createCell(3).setCellValue(SpreadsheetText.neutralised(r.name()));
				int column = 4;
				for (Category category : Category.values()) {
					row.createCell(column++).setCellValue(r.byCategory().getOrDefault(category, 0));
				}
				row.createCell(8).setCellValue(r.adjustments());
				row.createCell(9).setCellValue(r.total());
			}
			int[] widths = { 24, 12, 10, 12, 14, 12, 12, 12, 8, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

}
