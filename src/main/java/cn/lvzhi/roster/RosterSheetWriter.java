package cn.lvzhi.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.lvzhi.shared.SpreadsheetText;

/**
 * Writes representatives as the roster sheet (.xlsx): a bold Chinese header row of the
 * {@link SheetColumn}s, frozen, then one row per representative with workstations by name and
 * gender and status as words, so that a person can edit it and import it again. Phone numbers are
 * written in full; every cell is formula-safe ({@link SpreadsheetText}).
 */
@Component
class RosterSheetWriter {

	private final MessageSource messages;

	RosterSheetWriter(MessageSource messages) {
		this.messages = messages;
	}

	/** The sheet of these representatives; {@code workstationNames} by workstation id. */
	byte[] write(List<Representative> representatives, Map<Long, String> workstationNames) {
		try (var workbook = new SXSSFWorkbook(200); var out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet(text("roster.sheet.name"));
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row header = sheet.createRow(0);
			for (SheetColumn column : SheetColumn.values()) {
				Cell cell = header.createCell(column.ordinal());
				cell.setCellValue(column.header(messages));
				cell.setCellStyle(bold);
				sheet.setColumnWidth(column.ordinal(), 16 * 256);
			}
			sheet.createFreezePane(0, 1);
			int r = 1;
			for (Representative rep : representatives) {
				Row row = sheet.createRow(r++);
				cells(rep, workstationNames).forEach((column, value) -> {
					if (value != null) {
						row.createCell(column.ordinal()).setCellValue(SpreadsheetText.neutralised(value));
					}
				});
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A representative's cells as text; {@code null} for a blank cell. */
	private Map<SheetColumn, String> cells(Representative rep, Map<Long, String> names) {
		var values = new EnumMap<SheetColumn, String>(SheetColumn.class);
		values.put(SheetColumn.NAME, rep.name());
		values.put(SheetColumn.GENDER, rep.gender().map(g -> text("gender." + g)).orElse(null));
		values.put(SheetColumn.ORGANIZATION, rep.organization());
		values.put(SheetColumn.POSITION, rep.position());
		values.put(SheetColumn.PHONE, rep.phone());
		values.put(SheetColumn.ELECTORAL_UNIT, rep.electoralUnit());
		values.put(SheetColumn.TERM, rep.term());
		values.put(SheetColumn.COMMUNITY_WORKSTATION, names.get(rep.communityWorkstationId()));
		values.put(SheetColumn.INDUSTRY_WORKSTATION, rep.industryWorkstationId().map(names::get).orElse(null));
		values.put(SheetColumn.STATUS, text("roster.status." + rep.status()));
		values.put(SheetColumn.STARTED_ON, rep.startedOn().toString());
		values.put(SheetColumn.ENDED_ON, rep.endedOn().map(LocalDate::toString).orElse(null));
		values.put(SheetColumn.END_REASON, rep.endReason().orElse(null));
		return values;
	}

	private String text(String key) {
		return SheetColumn.text(messages, key);
	}
}
