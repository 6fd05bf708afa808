package cn.lvzhi.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.SpreadsheetText;

/**
 * Reads an uploaded roster sheet: refuses a file over the limit (413), one that is not an .xlsx
 * (415), a zip bomb or a file with a DOCTYPE ({@link XlsxInspection}, before any parser sees it),
 * a sheet without the required columns or with too many rows (422); finds the columns of the
 * first sheet by their Chinese headers and answers its data rows that are not blank.
 */
@Component
class RosterSheetReader {

	private final MessageSource messages;

	private final RosterProperties properties;

	RosterSheetReader(MessageSource messages, RosterProperties properties) {
		this.messages = messages;
		this.properties = properties;
		// POI's own guards, in case a file gets past the inspection: never loosen, only tighten.
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), properties.importMinInflateRatio()));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), properties.importMaxUnzippedBytes().toBytes()));
	}

	/** The data rows of the file's first sheet, in order; at least one. */
	List<SheetRow> read(byte[] content) {
		if (content.length > properties.importMaxBytes().toBytes()) {
			throw new Problem.TooLarge("roster.import.too-large", properties.importMaxBytes().toMegabytes());
		}
		XlsxInspection.check(content, properties.importMaxUnzippedBytes().toBytes(),
				properties.importMinInflateRatio());
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
				var workbook = new XSSFWorkbook(pkg)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw Problem.Invalid.field("file", "roster.import.empty");
			}
			return rows(workbook.getSheetAt(0));
		}
		catch (Problem problem) {
			throw problem;
		}
		catch (IOException | OpenXML4JException | RuntimeException e) {
			String message = String.valueOf(e.getMessage());
			if (message.contains("Zip bomb")) {
				throw Problem.Invalid.field("file", "roster.import.zip-bomb");
			}
			if (message.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
				throw Problem.Invalid.field("file", "roster.import.doctype");
			}
			throw Problem.Invalid.field("file", "roster.import.unreadable");
		}
	}

	/** Reads the data rows (after the header) as column → text or date; blank rows are skipped. */
	private List<SheetRow> rows(Sheet sheet) {
		Row header = sheet.getRow(sheet.getFirstRowNum() < 0 ? 0 : sheet.getFirstRowNum());
		if (header == null) {
			throw Problem.Invalid.field("file", "roster.import.empty");
		}
		int headerIndex = header.getRowNum();
		var byHeader = new HashMap<String, SheetColumn>();
		for (SheetColumn column : SheetColumn.values()) {
			byHeader.put(column.header(messages), column);
		}
		var positions = new EnumMap<SheetColumn, Integer>(SheetColumn.class);
		for (Cell cell : header) {
			Object value = value(cell);
			if (value instanceof String s && byHeader.containsKey(s.strip())) {
				positions.putIfAbsent(byHeader.get(s.strip()), cell.getColumnIndex());
			}
		}
		var missing = new ArrayList<Problem.CellViolation>();
		for (SheetColumn column : List.of(SheetColumn.NAME, SheetColumn.COMMUNITY_WORKSTATION)) {
			if (!positions.containsKey(column)) {
				missing.add(new Problem.CellViolation(headerIndex + 1, column.header(messages),
						"roster.import.column-missing"));
			}
		}
		if (!missing.isEmpty()) {
			throw Problem.Invalid.cells(missing);
		}
		if (sheet.getLastRowNum() - headerIndex > properties.importMaxRows()) {
			throw Problem.Invalid.field("file", "roster.import.too-many-rows", properties.importMaxRows());
		}
		var rows = new ArrayList<SheetRow>();
		for (int r = headerIndex + 1; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			var values = new EnumMap<SheetColumn, Object>(SheetColumn.class);
			positions.forEach((column, index) -> {
				Object value = value(row.getCell(index));
				if (value != null) {
					values.put(column, value);
				}
			});
			if (!values.isEmpty()) {
				rows.add(new SheetRow(r + 1, values));
			}
		}
		if (rows.isEmpty()) {
			throw Problem.Invalid.field("file", "roster.import.empty");
		}
		return rows;
	}

	/** A cell as stripped text (numbers without exponent or ".0"), a LocalDate, or {@code null} if blank. */
	private static Object value(Cell cell) {
		if (cell == null) {
			return null;
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		Object value = switch (type) {
			case STRING -> SpreadsheetText.unneutralised(cell.getStringCellValue().strip());
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate()
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> null;
		};
		return value instanceof String s && s.isBlank() ? null : value;
	}
}
