package cn.lvzhi.roster;

import static cn.lvzhi.Fixtures.as;
import static cn.lvzhi.roster.Workbooks.HEADERS;
import static cn.lvzhi.roster.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestClock;
import cn.lvzhi.shared.Role;
import tools.jackson.databind.json.JsonMapper;

/** Importing and exporting the roster as real .xlsx files, and refusing hostile ones, on both databases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@RecordApplicationEvents
abstract class RosterSheetApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	Fixtures fixtures;

	String office;

	Workstation community;

	Workstation industry;

	@BeforeAll
	void setUp() {
		fixtures = new Fixtures(context);
		office = fixtures.user(Role.OFFICE);
		community = fixtures.community();
		industry = fixtures.industry();
	}

	ResultActions upload(byte[] content, String user) throws Exception {
		return mvc.perform(multipart("/api/v1/representatives/import")
			.file(new MockMultipartFile("file", "名册.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content))
			.with(as(user)));
	}

	long countNamed(String name) {
		return fixtures.representatives.list(new RepresentativeFilter(fixtures.district, null, null, name),
				cn.lvzhi.shared.PageQuery.of(0, 10)).total();
	}

	/** Today as the application sees it: other tests move the shared clock (sign-in lock-outs). */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void exportsTheRosterWithChineseHeadersWorkstationNamesAndFullPhones() throws Exception {
		Representative r = fixtures.representative(community, industry);
		Representative formula = fixtures.representatives.register(fixtures.district, new RepresentativeDetails(
				"=HYPERLINK(\"http://x\")", null, "@SUM(A1)", "-1+1", null, "+cmd", null, community.id(), null, null));
		byte[] xlsx = mvc.perform(get("/api/v1/representatives/export").param("workstationId", community.id().toString())
			.with(as(office)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = Workbooks.read(xlsx);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADERS);
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith(r.name(), "女", "某单位", "书记", r.phone(), "某选举单位",
				"第三届", community.name(), industry.name(), "在任", today().toString()));
		assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("'=HYPERLINK(\"http://x\")", "", "'@SUM(A1)",
				"'-1+1", "", "'+cmd"));
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			for (var row : sheet) {
				for (var cell : row) {
					assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				}
			}
		}
		assertThat(formula.id()).isNotNull();
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("REPRESENTATIVES_EXPORTED")))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).doesNotContain(r.phone()));
	}

	@Test
	void importsEveryRowOfAValidSheetAndExportsThemBackTheSame() throws Exception {
		Workstation ws = fixtures.community();
		String a = Fixtures.unique("导入甲");
		String b = Fixtures.unique("导入乙");
		String phone = Fixtures.phone();
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(
				row(a, "男", "某公司", "经理", phone, "某选举单位", "第三届", ws.name(), industry.name(), "在任", "2024-01-05"),
				row(),
				row(b, "女", null, null, Long.parseLong("13800138000"), null, null, ws.name(), null, "已离任",
						LocalDate.of(2023, 3, 1), "2024/6/30", "调离本区")));
		upload(xlsx, office).andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().equals("REPRESENTATIVES_IMPORTED")))
			.singleElement()
			.satisfies(e -> assertThat(e.summary()).contains("2"));

		byte[] exported = mvc.perform(get("/api/v1/representatives/export").param("workstationId", ws.id().toString())
			.with(as(office))).andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = Workbooks.read(exported);
		assertThat(rows).hasSize(3);
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(a, "男", "某公司", "经理", phone, "某选举单位", "第三届",
				ws.name(), industry.name(), "在任", "2024-01-05"));
		assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(b, "女", "", "", "13800138000", "", "",
				ws.name(), "", "已离任", "2023-03-01", "2024-06-30", "调离本区"));
	}

	@Test
	void reportsEveryInvalidCellByRowAndColumnAndImportsNothing() throws Exception {
		String valid = Fixtures.unique("有效");
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(
				row(valid, "男", null, null, "13800138000", null, null, community.name()),
				row(Fixtures.unique("电话错"), null, null, null, "12345", null, null, community.name()),
				row(Fixtures.unique("工作室错"), null, null, null, null, null, null, "没有这个工作室", community.name()),
				row(Fixtures.unique("性别错"), "未知", null, null, null, null, null, industry.name()),
				row(null, null, null, null, null, null, null, community.name(), null, null, "2099-01-01"),
				row(Fixtures.unique("日期错"), null, null, null, null, null, null, community.name(), null, "已离任",
						"2024-01-01", "昨天")));
		upload(xlsx, office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(containsString("未导入任何记录")))
			.andExpect(jsonPath("$.errors[?(@.row==3 && @.column=='联系电话')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.column=='挂点社区工作室')].message").value("没有名为“没有这个工作室”的工作室"))
			.andExpect(jsonPath("$.errors[?(@.row==4 && @.column=='行业工作室')].message").value("行业工作室须为行业党代表工作室"))
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='性别')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==5 && @.column=='挂点社区工作室')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==6 && @.column=='姓名')].message").value("必填"))
			.andExpect(jsonPath("$.errors[?(@.row==6 && @.column=='任期开始')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==7 && @.column=='任期结束')]").exists())
			.andExpect(jsonPath("$.errors[?(@.row==2)]").doesNotExist());
		assertThat(countNamed(valid)).isZero();
		assertThat(events.stream(RosterEvent.class).filter(e -> e.action().startsWith("REPRESENTATIVES_"))).isEmpty();
	}

	@Test
	void refusesToImportTheSameRepresentativesTwice() throws Exception {
		String name = Fixtures.unique("重复");
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(row(name, null, null, null, "13800138001", null, null,
				community.name())));
		upload(xlsx, office).andExpect(status().isOk());
		upload(xlsx, office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(2))
			.andExpect(jsonPath("$.errors[0].column").value("姓名"));
		assertThat(countNamed(name)).isEqualTo(1);
	}

	@Test
	void refusesASheetWithoutTheRequiredColumns() throws Exception {
		byte[] xlsx = Workbooks.sheet(List.of("名字", "电话"), List.of(row("张三", "13800138000")));
		upload(xlsx, office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].row").value(1))
			.andExpect(jsonPath("$.errors[*].column", org.hamcrest.Matchers.containsInAnyOrder("姓名", "挂点社区工作室")));
	}

	@Test
	void refusesAFileThatIsNotAnXlsxWhateverItsName() throws Exception {
		upload("姓名,联系电话\n张三,13800138000\n".getBytes(StandardCharsets.UTF_8), office)
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString(".xlsx")));
		byte[] xls = new byte[1024];
		System.arraycopy(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1 }, 0, xls, 0, 8);
		upload(xls, office).andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString(".xls")));
		var zip = new java.io.ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		upload(zip.toByteArray(), office).andExpect(status().isUnsupportedMediaType());
	}

	@Test
	void refusesAFileOverTheLimitWith413() throws Exception {
		byte[] big = new byte[5 * 1024 * 1024 + 1];
		big[0] = 'P';
		big[1] = 'K';
		big[2] = 3;
		big[3] = 4;
		upload(big, office).andExpect(status().isContentTooLarge())
			.andExpect(jsonPath("$.detail").value(containsString("5 MB")));
	}

	@Test
	void refusesAZipBombThatInflatesFarBeyondItsSize() throws Exception {
		byte[] bomb = Workbooks.zipBomb(40);
		assertThat(bomb.length).isLessThan(1024 * 1024);
		upload(bomb, office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("压缩比异常")));
	}

	@Test
	void refusesAPartThatCompressesSuspiciouslyWellEvenUnderTheSizeLimit() throws Exception {
		byte[] bomb = Workbooks.zipBomb(8);
		upload(bomb, office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("压缩比异常")));
	}

	@Test
	void refusesXmlWithADoctypeOrExternalEntity() throws Exception {
		upload(Workbooks.withExternalEntity(), office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("DOCTYPE")));
	}

	@Test
	void refusesMoreRowsThanTheLimit() throws Exception {
		var rows = new ArrayList<List<Object>>();
		for (int i = 0; i < 5001; i++) {
			rows.add(row("代表" + i, null, null, null, null, null, null, community.name()));
		}
		upload(Workbooks.sheet(HEADERS, rows), office).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("5000")));
	}

	@Test
	void refusesAnImportWithoutAFileOrByAnyoneButTheOffice() throws Exception {
		mvc.perform(multipart("/api/v1/representatives/import").with(as(office))).andExpect(status().isBadRequest());
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(row(Fixtures.unique("越权"), null, null, null, null, null,
				null, community.name())));
		upload(xlsx, fixtures.user(Role.EVALUATION_GROUP)).andExpect(status().isForbidden());
		upload(xlsx, fixtures.staffOf(community)).andExpect(status().isForbidden());
	}

	@OnH2
	static class OnH2Tests extends RosterSheetApiTests {
	}

	@OnPostgres
	static class OnPostgresTests extends RosterSheetApiTests {
	}
}
