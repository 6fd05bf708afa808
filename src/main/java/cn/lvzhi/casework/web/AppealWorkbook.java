package cn.lvzhi.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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

import cn.lvzhi.casework.Appeal;
import cn.lvzhi.casework.AppealRouting;
import cn.lvzhi.casework.AppealView;
import cn.lvzhi.shared.SpreadsheetText;

/**
 * The appeals' list as an Excel workbook (POI's streaming writer): one row per appeal with the
 * constituent as the export shows them (in full only where the exporting user handles the
 * appeal), never the content. Text that a spreadsheet would take for a formula is neutralised.
 */
final class AppealWorkbook {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final String[] HEADER_KEYS = { "casework.appeal.column.id", "casework.appeal.field.receivedOn",
			"casework.appeal.field.workstation", "casework.appeal.field.constituentName",
			"casework.appeal.field.constituentPhone", "casework.appeal.field.constituentAddress",
			"casework.appeal.field.category", "casework.appeal.field.subject", "casework.appeal.field.channel",
			"casework.appeal.field.status", "casework.appeal.field.proxy", "casework.appeal.field.handlingUnit",
			"casework.appeal.field.dueOn", "casework.appeal.field.satisfaction", "casework.appeal.column.flags" };

	private AppealWorkbook() {
	}

	static void send(List<AppealView> views, MessageSource messages, LocalDate today, HttpServletResponse response)
			throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		String name = messages.getMessage("casework.appeal.export.file", new Object[] { today.toString() }, locale);
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition",
				"attachment; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
		write(views, messages, locale, response.getOutputStream());
	}

	static void write(List<AppealView> views, MessageSource messages, Locale locale, OutputStream out)
			throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(messages.getMessage("casework.appeal.export.sheet", null, locale));
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
			int next = 1;
			for (AppealView v : views) {
				Appeal a = v.appeal();
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(a.id());
				text(row, 1, a.receivedOn().toString());
				text(row, 2, v.workstationName());
				text(row, 3, v.constituent().name());
				text(row, 4, v.constituent().phone());
				text(row, 5, v.constituent().address());
				text(row, 6, a.category().orElse(null));
				text(row, 7, a.subject().orElse(null));
				text(row, 8, messages.getMessage("casework.appeal.channel." + a.channel(), null, locale));
				text(row, 9, messages.getMessage("casework.appeal.status." + a.status(), null, locale));
				text(row, 10, v.proxyName());
				text(row, 11, a.routing().map(AppealRouting::handlingUnit).orElse(null));
				text(row, 12, a.routing().map(r -> r.dueOn().toString()).orElse(null));
				text(row, 13, a.satisfaction()
					.map(s -> messages.getMessage("standard.satisfaction." + s, null, locale))
					.orElse(null));
				text(row, 14, String.join("、", v.flags()
					.stream()
					.map(f -> messages.getMessage("casework.appeal.flag." + f, null, locale))
					.toList()));
			}
			int[] widths = { 8, 12, 24, 12, 16, 30, 14, 30, 10, 10, 12, 24, 12, 10, 24 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null && !value.isEmpty()) {
			row.createCell(column).setCellValue(SpreadsheetText.neutralised(value));
		}
	}
}
