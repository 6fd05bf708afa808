package cn.lvzhi.casework.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

import cn.lvzhi.casework.Proposal;
import cn.lvzhi.casework.ProposalUnit;
import cn.lvzhi.shared.SpreadsheetText;

/**
 * The list of proposals (提案办理) as an Excel workbook (POI's streaming writer): a header row,
 * then one row per proposal with its number, year, kind, title, lead, co-signers (those who
 * confirmed marked ✓), state, lead and assisting units, the responses, the lead's evaluation and
 * the day submitted. Every text cell goes through {@link SpreadsheetText}.
 */
final class ProposalWorkbook {

	/** The header keys, in column order. */
	static final List<String> COLUMNS = List.of("id", "year", "kind", "title", "lead", "cosigners", "status",
			"lead-unit", "assisting-units", "responses", "satisfaction", "submitted-on", "drafted-at");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private ProposalWorkbook() {
	}

	static void write(List<Proposal> proposals, Map<Long, String> names, ZoneId zone, MessageSource messages,
			Locale locale, OutputStream out) throws IOException {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(text(messages, locale, "casework.proposal.export.sheet"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(text(messages, locale, "casework.proposal.column." + COLUMNS.get(i)));
				cell.setCellStyle(bold);
			}
			sheet.createFreezePane(0, 1);
			int next = 1;
			String confirmed = text(messages, locale, "casework.proposal.export.confirmed");
			for (Proposal p : proposals) {
				Row row = sheet.createRow(next++);
				row.createCell(0).setCellValue(p.id());
				row.createCell(1).setCellValue(p.cycle());
				row.createCell(2).setCellValue(text(messages, locale, "casework.proposal.kind." + p.kind()));
				textCell(row, 3, p.title());
				textCell(row, 4, names.getOrDefault(p.leadRepresentativeId(), ""));
				textCell(row, 5, p.cosigners()
					.stream()
					.map(c -> names.getOrDefault(c.representativeId(), "") + (c.confirmed() ? confirmed : ""))
					.collect(Collectors.joining("、")));
				row.createCell(6).setCellValue(text(messages, locale, "casework.proposal.status." + p.status()));
				textCell(row, 7, p.leadUnit().map(ProposalUnit::name).orElse(""));
				textCell(row, 8, p.units()
					.stream()
					.filter(u -> u.role() == ProposalUnit.Role.ASSISTING)
					.map(ProposalUnit::name)
					.collect(Collectors.joining("、")));
				textCell(row, 9, p.replies()
					.stream()
					.map(r -> r.handlingUnit() + ":" + r.content())
					.collect(Collectors.joining("\n")));
				row.createCell(10)
					.setCellValue(p.satisfaction()
						.map(s -> text(messages, locale, "casework.proposal.satisfaction." + s))
						.orElse(""));
				row.createCell(11).setCellValue(p.submittedOn().map(Object::toString).orElse(""));
				row.createCell(12).setCellValue(MINUTES.format(p.draftedAt().atZone(zone)));
			}
			int[] widths = { 8, 8, 10, 40, 12, 30, 10, 24, 30, 50, 10, 12, 18 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			workbook.write(out);
		}
	}

	private static void textCell(Row row, int column, String value) {
		row.createCell(column).setCellValue(SpreadsheetText.neutralised(value));
	}

	private static String text(MessageSource messages, Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
