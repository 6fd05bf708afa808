package cn.lvzhi.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Real .xlsx files for tests, built and read with POI; and crafted ones that are hostile. */
final class Workbooks {

	static final List<String> HEADERS = List.of("姓名", "性别", "工作单位", "职务", "联系电话", "选举单位", "届次", "挂点社区工作室",
			"行业工作室", "状态", "任期开始", "任期结束", "离任原因");

	private Workbooks() {
	}

	/** A workbook whose first sheet has the header row and then the rows (null: empty cell). */
	static byte[] sheet(List<String> headers, List<List<Object>> rows) {
		try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("名册");
			Row header = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				header.createCell(i).setCellValue(headers.get(i));
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					Object value = values.get(c);
					if (value instanceof String s) {
						row.createCell(c).setCellValue(s);
					}
					else if (value instanceof Number n) {
						row.createCell(c).setCellValue(n.doubleValue());
					}
					else if (value instanceof java.time.LocalDate d) {
						Cell cell = row.createCell(c);
						cell.setCellValue(d);
						var style = workbook.createCellStyle();
						style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
						cell.setCellStyle(style);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A row in the column order of {@link #HEADERS}. */
	static List<Object> row(Object... values) {
		var row = new ArrayList<Object>(java.util.Arrays.asList(values));
		return row;
	}

	/** The cells of the first sheet, formatted as Excel shows them. */
	static List<List<String>> read(byte[] xlsx) {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			var rows = new ArrayList<List<String>>();
			for (Row row : workbook.getSheetAt(0)) {
				var cells = new ArrayList<String>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell));
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A copy of a valid workbook whose first sheet's XML is written by {@code sheetXml}. */
	static byte[] withSheetXml(byte[] xlsx, Consumer<OutputStream> sheetXml) {
		try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var bytes = new ByteArrayOutputStream();
				var out = new ZipOutputStream(bytes)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					sheetXml.accept(out);
				}
				else {
					in.transferTo(out);
				}
				out.closeEntry();
			}
			out.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A sheet that inflates to {@code megabytes} MB of identical rows: a zip bomb in small. */
	static byte[] zipBomb(int megabytes) {
		return withSheetXml(sheet(HEADERS, List.of()), out -> {
			try {
				out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
						+ "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>")
					.getBytes(StandardCharsets.UTF_8));
				byte[] row = "<row><c t=\"inlineStr\"><is><t>炸弹炸弹炸弹炸弹</t></is></c></row>".getBytes(StandardCharsets.UTF_8);
				byte[] block = new byte[row.length * 1000];
				for (int i = 0; i < 1000; i++) {
					System.arraycopy(row, 0, block, i * row.length, row.length);
				}
				long target = megabytes * 1024L * 1024L;
				for (long written = 0; written < target; written += block.length) {
					out.write(block);
				}
				out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	/** A workbook whose sheet XML declares an external entity and uses it in a cell. */
	static byte[] withExternalEntity() {
		return withSheetXml(sheet(HEADERS, List.of()), out -> {
			try {
				out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
						+ "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c>"
						+ "<c r=\"B1\" t=\"inlineStr\"><is><t>挂点社区工作室</t></is></c></row>"
						+ "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>"
						+ "</sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
