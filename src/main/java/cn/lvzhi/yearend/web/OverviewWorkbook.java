package cn.lvzhi.yearend.web;

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
import cn.lvzhi.shared.SpreadsheetText;
import cn.lvzhi.standard.Category;
import cn.lvzhi.yearend.Assessment;
import cn.lvzhi.yearend.Assessment.Counts;
import cn.lvzhi.yearend.Grade;
import cn.lvzhi.yearend.YearEndOverviews;

/**
 * The year-end overview as an Excel workbook (POI's streaming writer): a title row, a row with the
 * count of each grade, a header row, then for each community workstation (in display order) a row
 * with its name followed by its representatives with points, ranks, grade, evaluation counts,
 * reports and notes. Every text cell goes through {@link SpreadsheetText}.
 */
public final class OverviewWorkbook {

	/** Where the grade is; public for the module's API tests in its root package. */
	public static final int GRADE_COLUMN = 10;

	private OverviewWorkbook() {
	}

	static void write(YearEndOverviews.Overview overview, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(text(messages, locale, "yearend.overview.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(text(messages, locale, "yearend.overview.title", String.valueOf(overview.year()),
					overview.asOf().toString()));
			title.setCellStyle(bold);
			var summary = new StringBuilder();
			for (Grade grade : Grade.values()) {
				summary.append(text(messages, locale, "yearend.grade." + grade))
					.append(' ')
					.append(overview.grades().get(grade))
					.append(";");
			}
			summary.append(text(messages, locale, "yearend.grade.none")).append(' ').append(overview.ungraded());
			sheet.createRow(1).createCell(0).setCellValue(summary.toString());
			String[] headers = { text(messages, locale, "ledger.column.workstation"),
					text(messages, locale, "ledger.column.rankInWorkstation"),
					text(messages, locale, "ledger.column.rankOverall"), text(messages, locale, "ledger.column.name"),
					text(messages, locale, "ledger.column.SERVICE"), text(messages, locale, "ledger.column.DELIBERATION"),
					text(messages, locale, "ledger.column.SUPERVISION"),
					text(messages, locale, "ledger.column.EXEMPLARY"),
					text(messages, locale, "ledger.column.adjustments"), text(messages, locale, "yearend.column.total"),
					text(messages, locale, "yearend.grade"),
					text(messages, locale, "yearend.column.members", text(messages, locale, "yearend.count.satisfied")),
					text(messages, locale, "yearend.column.members",
							text(messages, locale, "yearend.count.basicallySatisfied")),
					text(messages, locale, "yearend.column.members",
							text(messages, locale, "yearend.count.dissatisfied")),
					text(messages, locale, "yearend.column.constituents",
							text(messages, locale, "yearend.count.satisfied")),
					text(messages, locale, "yearend.column.constituents",
							text(messages, locale, "yearend.count.basicallySatisfied")),
					text(messages, locale, "yearend.column.constituents",
							text(messages, locale, "yearend.count.dissatisfied")),
					text(messages, locale, "yearend.report-to-electoral-unit"),
					text(messages, locale, "yearend.report-to-community"), text(messages, locale, "yearend.rewards"),
					text(messages, locale, "yearend.penalties"), text(messages, locale, "yearend.exit-recommendation") };
			Row header = sheet.createRow(2);
			for (int i = 0; i < headers.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers[i]);
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 3);
			int next = 3;
			Long group = null;
			String yes = text(messages, locale, "yes");
			String no = text(messages, locale, "no");
			for (YearEndOverviews.OverviewRow r : overview.rows()) {
				StandingsRow p = r.points();
				if (group == null || group != p.workstationId()) {
					group = p.workstationId();
					Cell cell = sheet.createRow(next++).createCell(0);
					cell.setCellValue(SpreadsheetText.neutralised(p.workstationName()));
					cell.setCellStyle(bold);
				}
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(SpreadsheetText.neutralised(p.workstationName()));
				row.createCell(1).setCellValue(p.rankInWorkstation());
				row.createCell(2).setCellValue(p.rankOverall());
				row.createCell(3).setCellValue(SpreadsheetText.neutralised(p.name()));
				int column = 4;
				for (Category category : Category.values()) {
					row.createCell(column++).setCellValue(p.byCategory().getOrDefault(category, 0));
				}
				row.createCell(8).setCellValue(p.adjustments());
				row.createCell(9).setCellValue(p.total());
				row.createCell(GRADE_COLUMN)
					.setCellValue(text(messages, locale, r.grade().map(g -> "yearend.grade." + g).orElse("yearend.grade.none")));
				Assessment a = r.assessment();
				if (a != null) {
					counts(row, 11, a.members());
					counts(row, 14, a.constituents());
					row.createCell(17).setCellValue(a.reportToElectoralUnit() ? yes : no);
					row.createCell(18).setCellValue(a.reportToCommunity() ? yes : no);
					note(row, 19, a.rewards());
					note(row, 20, a.penalties());
					note(row, 21, a.exitRecommendation());
				}
			}
			int[] widths = { 24, 12, 10, 12, 14, 12, 12, 12, 8, 10, 10, 12, 14, 12, 12, 14, 12, 16, 16, 30, 30, 30 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private static void counts(Row row, int column, Counts counts) {
		row.createCell(column).setCellValue(counts.satisfied());
		row.createCell(column + 1).setCellValue(counts.basicallySatisfied());
		row.createCell(column + 2).setCellValue(counts.dissatisfied());
	}

	private static void note(Row row, int column, String note) {
		if (note != null) {
			row.createCell(column).setCellValue(SpreadsheetText.neutralised(note));
		}
	}

	private static String text(MessageSource messages, Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
