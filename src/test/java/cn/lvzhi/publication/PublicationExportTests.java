package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.roster.Gender;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.RepresentativeDetails;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;
import cn.lvzhi.shared.SpreadsheetText;
import cn.lvzhi.standard.Category;

/**
 * The Excel and PDF of a list, read back: the title rows, the rows grouped by community
 * workstation, the Chinese names and numbers, the hash — which the workbook alone is enough to
 * recompute — and a name that a spreadsheet would take for a formula stays text.
 */
@OnH2
class PublicationExportTests {

	static final int YEAR = 2022;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	Fixtures fixture;

	Api api;

	Workstation first;

	Workstation second;

	Representative plain;

	Representative formula;

	Representative other;

	String office;

	String group;

	long id;

	String districtName;

	@BeforeEach
	void setUp() throws Exception {
		fixture = Fixtures.inNewDistrict(context);
		api = new Api(mvc, json);
		first = fixture.community();
		second = fixture.community();
		LocalDate started = LocalDate.of(2015, 1, 1);
		plain = fixture.representativeSince(first, null, started);
		formula = fixture.representatives.register(fixture.district, new RepresentativeDetails("=1+2" + Fixtures.unique(""),
				Gender.MALE, "某单位", "主任", Fixtures.phone(), "某选举单位", "第三届", first.id(), null, started));
		other = fixture.representativeSince(second, null, started);
		office = fixture.user(Role.OFFICE);
		group = fixture.user(Role.EVALUATION_GROUP);
		api.enterAndVerify(office, office, activity(plain.id(), 14, LocalDate.of(YEAR, 1, 20)));
		api.verify(office, fixture.fromCasework(other.id(), 7, LocalDate.of(YEAR, 2, 20)));
		id = api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 1))
			.andExpect(status().isCreated())).get("id").asLong();
		api.post("/api/v1/publications/" + id + "/approve", group, "").andExpect(status().isOk());
		districtName = context.getBean(Districts.class).of(fixture.district).name();
	}

	@Test
	void theWorkbookHasTitleRowsTheGroupedRowsAndEnoughToRecomputeTheHash() throws Exception {
		byte[] bytes = api.get("/api/v1/publications/" + id + "/export.xlsx", office)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String hash = api.ok("/api/v1/publications/" + id, office).get("contentHash").asString();
		var format = new DataFormatter();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(districtName).contains("季度公布");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains(YEAR + " 年第 1 季度", YEAR + "-03-31");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("考评小组核准日期");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).endsWith(hash);
			assertThat(format.formatCellValue(sheet.getRow(5).getCell(1))).isEqualTo("姓名");
			// first workstation's group row, then its representatives; then the second's
			assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo(first.name());
			assertThat(sheet.getRow(6).getCell(1)).isNull();
			assertThat(sheet.getRow(7).getCell(1).getStringCellValue()).isEqualTo(plain.name());
			assertThat(sheet.getRow(7).getCell(5).getNumericCellValue()).isEqualTo(20);
			assertThat(sheet.getRow(8).getCell(1).getStringCellValue()).isEqualTo("'" + formula.name());
			assertThat(sheet.getRow(8).getCell(1).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
			assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo(second.name());
			assertThat(sheet.getRow(10).getCell(1).getStringCellValue()).isEqualTo(other.name());

			var rows = new ArrayList<PublicationRow>();
			for (int i = 6; i <= sheet.getLastRowNum(); i++) {
				Row row = sheet.getRow(i);
				if (row.getCell(1) == null) {
					continue;
				}
				var byCategory = new EnumMap<Category, Integer>(Category.class);
				int column = 2;
				for (Category category : Category.values()) {
					byCategory.put(category, (int) row.getCell(column++).getNumericCellValue());
				}
				rows.add(new PublicationRow(0, SpreadsheetText.unneutralised(row.getCell(1).getStringCellValue()), 0,
						SpreadsheetText.unneutralised(row.getCell(0).getStringCellValue()), byCategory,
						(int) row.getCell(6).getNumericCellValue(), (int) row.getCell(7).getNumericCellValue(),
						(int) row.getCell(8).getNumericCellValue(), (int) row.getCell(9).getNumericCellValue(),
						(int) row.getCell(10).getNumericCellValue()));
			}
			assertThat(rows).hasSize(3);
			assertThat(ContentHash.of(districtName, YEAR, 1, LocalDate.of(YEAR, 3, 31), rows)).isEqualTo(hash);
		}
	}

	@Test
	void thePdfCarriesTheTitleTheQuarterTheApprovalTheChineseNamesTheNumbersAndTheHash() throws Exception {
		byte[] pdf = api.get("/api/v1/publications/" + id + "/export.pdf", group)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String hash = api.ok("/api/v1/publications/" + id, office).get("contentHash").asString();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains(districtName + "党代表履职积分季度公布", YEAR + " 年第 1 季度", "考评小组核准日期",
					plain.name(), other.name(), first.name(), "本季度积分", "20");
			assertThat(text.replaceAll("\\s", "")).contains(hash);
		}
	}

	@Test
	void exportsAreRecordedAndThePublicMayDownloadPublishedListsOnly() throws Exception {
		api.get("/api/v1/public/publications/" + id + "/export.pdf", null).andExpect(status().isOk());
		api.get("/api/v1/public/publications/" + id + "/export.xlsx", null).andExpect(status().isOk());
		api.get("/api/v1/publications/" + id + "/export.xlsx", office).andExpect(status().isOk());
		assertThat(jdbc.sql("select username, summary from audit_entry where action = 'PUBLICATION_EXPORTED'"
				+ " and record_id = ? order by id").param(Long.toString(id)).query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list())
			.containsExactly("anonymous " + YEAR + "-Q1 as pdf (public download)",
					"anonymous " + YEAR + "-Q1 as xlsx (public download)", office + " " + YEAR + "-Q1 as xlsx");
		long draft = api.read(api.post("/api/v1/publications", office, Map.of("year", YEAR, "quarter", 2))
			.andExpect(status().isCreated())).get("id").asLong();
		api.get("/api/v1/public/publications/" + draft + "/export.pdf", null).andExpect(status().isNotFound());
		api.get("/api/v1/publications/" + draft + "/export.pdf", office).andExpect(status().isOk());
	}
}
