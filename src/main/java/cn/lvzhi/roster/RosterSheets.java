package cn.lvzhi.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.lvzhi.shared.Problem;
import cn.lvzhi.shared.SpreadsheetText;

/**
 * The roster as an Excel sheet (.xlsx): exported with a Chinese header row, workstations by name,
 * so that a person can edit it; imported from the same columns. An import is all or nothing:
 * every wrong cell is reported (row as Excel numbers it, column by its header) and nothing is
 * saved unless every row is right.
 */
@Service
public class RosterSheets {

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final Representatives representatives;

	private final Workstations workstations;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final RosterProperties properties;

	private final Clock clock;

	RosterSheets(Representatives representatives, Workstations workstations, MessageSource messages,
			ApplicationEventPublisher events, RosterProperties properties, Clock clock) {
		this.clock = clock;
		this.representatives = representatives;
		this.workstations = workstations;
		this.messages = messages;
		this.events = events;
		this.properties = properties;
		// POI's own guards, in case a file gets past the inspection: never loosen, only tighten.
		ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), properties.importMinInflateRatio()));
		ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), properties.importMaxUnzippedBytes().toBytes()));
	}

	/** The largest file an import accepts, in bytes. */
	public long importMaxBytes() {
		return properties.importMaxBytes().toBytes();
	}

	/** The representatives matching the filter as an .xlsx, phone numbers in full (the office's export). */
	@Transactional
	public byte[] export(RepresentativeFilter filter) {
		List<Representative> rows = representatives.all(filter);
		Map<Long, String> names = workstations.inDisplayOrder(filter.districtId())
			.stream()
			.collect(Collectors.toMap(Workstation::id, Workstation::name));
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
			for (Representative rep : rows) {
				Row row = sheet.createRow(r++);
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
				values.forEach((column, value) -> {
					if (value != null) {
						row.createCell(column.ordinal()).setCellValue(SpreadsheetText.neutralised(value));
					}
				});
			}
			workbook.write(out);
			workbook.close();
			events.publishEvent(new RosterEvent("REPRESENTATIVES_EXPORTED", RosterEvent.REPRESENTATIVE, null,
					"exported " + rows.size() + " representatives (workstation " + filter.workstationId() + ", status "
							+ filter.status() + ", name " + filter.name() + ")"));
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}



	/**
	 * Imports the representatives of the first sheet of an .xlsx. Returns how many were imported.
	 * Refuses a file over the limit (413), a file that is not an .xlsx (415), a zip bomb, a file
	 * with a DOCTYPE, too many rows or any invalid cell (422, nothing imported).
	 */
	@Transactional
	public int importSheet(long districtId, byte[] content) {
		if (content.length > properties.importMaxBytes().toBytes()) {
			throw new Problem.TooLarge("roster.import.too-large", properties.importMaxBytes().toMegabytes());
		}
		XlsxInspection.check(content, properties.importMaxUnzippedBytes().toBytes(),
				properties.importMinInflateRatio());
		List<Map<SheetColumn, Object>> rows;
		List<Integer> rowNumbers = new ArrayList<>();
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
				var workbook = new XSSFWorkbook(pkg)) {
			if (workbook.getNumberOfSheets() == 0) {
				throw Problem.Invalid.field("file", "roster.import.empty");
			}
			rows = read(workbook.getSheetAt(0), rowNumbers);
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
		return importRows(districtId, rows, rowNumbers);
	}

	/** Reads the data rows (after the header) as column → text or date; blank rows are skipped. */
	private List<Map<SheetColumn, Object>> read(Sheet sheet, List<Integer> rowNumbers) {
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
		var rows = new ArrayList<Map<SheetColumn, Object>>();
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
				rows.add(values);
				rowNumbers.add(r + 1);
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

	private int importRows(long districtId, List<Map<SheetColumn, Object>> rows, List<Integer> rowNumbers) {
		Map<String, Workstation> byName = workstations.inDisplayOrder(districtId)
			.stream()
			.collect(Collectors.toMap(w -> w.name().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
		LocalDate today = representatives.today(districtId);
		Instant now = clock.instant();
		var violations = new ArrayList<Problem.CellViolation>();
		var accepted = new ArrayList<Representative>();
		Set<String> seen = new HashSet<>(existingKeys(districtId));
		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = rowNumbers.get(i);
			Map<SheetColumn, Object> row = rows.get(i);
			var rowViolations = new ArrayList<Problem.CellViolation>();
			Gender gender = choice(row, SheetColumn.GENDER, Map.of(text("gender.MALE"), Gender.MALE, "MALE", Gender.MALE,
					text("gender.FEMALE"), Gender.FEMALE, "FEMALE", Gender.FEMALE), rowNumber, rowViolations,
					"roster.import.gender");
			RepresentativeStatus status = choice(row, SheetColumn.STATUS,
					Map.of(text("roster.status.ACTIVE"), RepresentativeStatus.ACTIVE, "ACTIVE",
							RepresentativeStatus.ACTIVE, text("roster.status.ENDED"), RepresentativeStatus.ENDED,
							"ENDED", RepresentativeStatus.ENDED),
					rowNumber, rowViolations, "roster.import.status");
			LocalDate startedOn = date(row, SheetColumn.STARTED_ON, rowNumber, rowViolations);
			LocalDate endedOn = date(row, SheetColumn.ENDED_ON, rowNumber, rowViolations);
			Long community = workstation(row, SheetColumn.COMMUNITY_WORKSTATION, WorkstationType.COMMUNITY, byName,
					rowNumber, rowViolations);
			Long industry = workstation(row, SheetColumn.INDUSTRY_WORKSTATION, WorkstationType.INDUSTRY, byName,
					rowNumber, rowViolations);
			var details = new RepresentativeDetails(string(row, SheetColumn.NAME), gender,
					string(row, SheetColumn.ORGANIZATION), string(row, SheetColumn.POSITION),
					string(row, SheetColumn.PHONE), string(row, SheetColumn.ELECTORAL_UNIT),
					string(row, SheetColumn.TERM), community, industry, startedOn);
			String reason = string(row, SheetColumn.END_REASON);
			if (status != RepresentativeStatus.ENDED && (endedOn != null || reason != null)) {
				rowViolations.add(cell(rowNumber, SheetColumn.STATUS, "roster.import.ended-needs-status"));
			}
			if (rowViolations.isEmpty()) {
				// Only the domain's own checks are left; a cell already reported is not repeated.
				try {
					Representative candidate = Representative.register(districtId, details, today, now);
					if (status == RepresentativeStatus.ENDED) {
						candidate.end(endedOn, reason, today, now);
					}
					accepted.add(candidate);
				}
				catch (Problem.Invalid invalid) {
					invalid.fields()
						.forEach(f -> rowViolations.add(new Problem.CellViolation(rowNumber,
								SheetColumn.ofField(f.field()).header(messages), f.messageKey(), f.args())));
				}
			}
			else {
				details.violations()
					.stream()
					.filter(f -> !f.field().endsWith("WorkstationId"))
					.forEach(f -> rowViolations.add(new Problem.CellViolation(rowNumber,
							SheetColumn.ofField(f.field()).header(messages), f.messageKey(), f.args())));
			}
			String key = key(details.normalized().name(), community, details.normalized().phone());
			if (rowViolations.isEmpty() && !seen.add(key)) {
				rowViolations.add(cell(rowNumber, SheetColumn.NAME, "roster.import.duplicate"));
			}
			violations.addAll(rowViolations);
		}
		if (!violations.isEmpty()) {
			violations.sort(Comparator.comparingInt(Problem.CellViolation::row));
			throw Problem.Invalid.cells(violations);
		}
		representatives.saveImported(accepted);
		return accepted.size();
	}

	private List<String> existingKeys(long districtId) {
		return representatives.all(new RepresentativeFilter(districtId, null, RepresentativeStatus.ACTIVE, null))
			.stream()
			.map(r -> key(r.name(), r.communityWorkstationId(), r.phone()))
			.toList();
	}

	private static String key(String name, Long community, String phone) {
		return Objects.toString(name, "").toLowerCase(Locale.ROOT) + "|" + community + "|" + Objects.toString(phone, "");
	}

	private Problem.CellViolation cell(int row, SheetColumn column, String key, Object... args) {
		return new Problem.CellViolation(row, column.header(messages), key, args);
	}

	private static String string(Map<SheetColumn, Object> row, SheetColumn column) {
		Object value = row.get(column);
		return value == null ? null : value.toString();
	}

	private <T> T choice(Map<SheetColumn, Object> row, SheetColumn column, Map<String, T> choices, int rowNumber,
			List<Problem.CellViolation> violations, String messageKey) {
		String value = string(row, column);
		if (value == null) {
			return null;
		}
		T chosen = choices.get(value.toUpperCase(Locale.ROOT));
		if (chosen == null) {
			chosen = choices.get(value);
		}
		if (chosen == null) {
			violations.add(cell(rowNumber, column, messageKey, value));
		}
		return chosen;
	}

	private LocalDate date(Map<SheetColumn, Object> row, SheetColumn column, int rowNumber,
			List<Problem.CellViolation> violations) {
		Object value = row.get(column);
		if (value == null || value instanceof LocalDate) {
			return (LocalDate) value;
		}
		String text = value.toString();
		try {
			return text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			violations.add(cell(rowNumber, column, "roster.import.date", text));
			return null;
		}
	}

	private Long workstation(Map<SheetColumn, Object> row, SheetColumn column, WorkstationType type,
			Map<String, Workstation> byName, int rowNumber, List<Problem.CellViolation> violations) {
		String name = string(row, column);
		if (name == null) {
			if (type == WorkstationType.COMMUNITY) {
				violations.add(cell(rowNumber, column, "validation.required"));
			}
			return null;
		}
		Workstation workstation = byName.get(name.toLowerCase(Locale.ROOT));
		if (workstation == null) {
			violations.add(cell(rowNumber, column, "roster.import.workstation-unknown", name));
			return null;
		}
		if (workstation.type() != type) {
			violations.add(cell(rowNumber, column, type == WorkstationType.COMMUNITY
					? "roster.validation.workstation.not-community" : "roster.validation.workstation.not-industry"));
			return null;
		}
		return workstation.id();
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
	}
}
