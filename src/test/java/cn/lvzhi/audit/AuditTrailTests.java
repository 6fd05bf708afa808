package cn.lvzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.OnH2;
import cn.lvzhi.OnPostgres;
import cn.lvzhi.TestUsers;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.shared.Role;

/** What the audit trail records, and how the auditor reads and exports it. */
abstract class AuditTrailTests {

	static final String WRONG = "Wrong-Password-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}

	String aUser(Role... roles) {
		String username = unique(roles[0].name().toLowerCase().replace("_", "") + "-");
		long district = jdbc.sql("select id from district where code = 'default'").query(Long.class).single();
		users.create(new Users.NewUser(username, "测试用户", TestUsers.PASSWORD, Set.of(roles), null, null), district);
		return username;
	}

	static RequestPostProcessor basic(String username) {
		return httpBasic(username, TestUsers.PASSWORD);
	}

	List<Map<String, Object>> entries(String where, Object... params) {
		var spec = jdbc.sql("select * from audit_entry where " + where + " order by id");
		for (Object p : params) {
			spec = spec.param(p);
		}
		return spec.query().listOfRows();
	}

	@Test
	void recordsWhoCreatedAUserWithTheirRoleAddressAndTheOutcome() throws Exception {
		String username = unique("created");
		String body = mvc.perform(post("/api/v1/users").with(httpBasic("admin", TestUsers.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username": "%s", "displayName": "李四", "password": "%s", "roles": ["OFFICE"]}
					""".formatted(username, TestUsers.PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll(".*\"id\":(\\d+).*", "$1");

		var rows = entries("action = 'USER_CREATED' and record_type = 'USER' and record_id = ?", id);
		assertThat(rows).hasSize(1);
		var row = rows.get(0);
		assertThat(row.get("username")).isEqualTo("admin");
		assertThat(row.get("roles")).isEqualTo("ADMIN");
		assertThat(row.get("remote_address")).isEqualTo("127.0.0.1");
		assertThat(row.get("success")).isEqualTo(true);
		assertThat(row.get("district_id")).isNotNull();
		assertThat((String) row.get("summary")).contains("OFFICE");
	}

	@Test
	void recordsAFailedSignInWithTheUsernameThatWasTried() throws Exception {
		String tried = unique("nobody-");
		mvc.perform(formLogin().user(tried).password(WRONG));
		var rows = entries("username = ? and action = 'LOGIN_FAILED'", tried);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("success")).isEqualTo(false);
		assertThat(rows.get(0).get("roles")).isNull();
		assertThat(rows.get(0).get("remote_address")).isEqualTo("127.0.0.1");
	}

	@Test
	void recordsALockOutAndTheSignInsRefusedDuringIt() throws Exception {
		String username = aUser(Role.OFFICE);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(username, WRONG))).andExpect(status().isUnauthorized());
		}
		mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD));
		assertThat(entries("username = ? and action = 'LOGIN_FAILED'", username)).hasSize(5);
		assertThat(entries("username = ? and action = 'ACCOUNT_LOCKED'", username)).hasSize(1);
		assertThat(entries("username = ? and action = 'LOGIN_REFUSED_LOCKED'", username)).hasSize(1);
	}

	@Test
	void recordsASuccessfulSignInOnThePage() throws Exception {
		String username = aUser(Role.OFFICE);
		mvc.perform(formLogin().user(username).password(TestUsers.PASSWORD));
		var rows = entries("username = ? and action = 'LOGIN'", username);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("success")).isEqualTo(true);
	}

	@Test
	void recordsASignedInUserBeingRefused() throws Exception {
		String office = aUser(Role.OFFICE);
		mvc.perform(get("/api/v1/audit").with(basic(office))).andExpect(status().isForbidden());
		var rows = entries("username = ? and action = 'ACCESS_DENIED'", office);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("roles")).isEqualTo("OFFICE");
		assertThat((String) rows.get(0).get("summary")).contains("GET /api/v1/audit");
	}

	@Test
	void letsOnlyAuditorsReadTheTrail() throws Exception {
		mvc.perform(get("/api/v1/audit").with(httpBasic("admin", TestUsers.ADMIN_PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/audit").with(basic(aUser(Role.OFFICE, Role.EVALUATION_GROUP))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit/export").with(basic(aUser(Role.OFFICE)))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/audit").with(basic(aUser(Role.AUDITOR))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items").isArray())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(100))
			.andExpect(jsonPath("$.total").isNumber());
	}

	@Test
	void filtersByUserActionRecordAndDayNewestFirst() throws Exception {
		String auditor = aUser(Role.AUDITOR);
		String subject = unique("subject-");
		for (int i = 0; i < 3; i++) {
			mvc.perform(formLogin().user(subject).password(WRONG));
		}
		mvc.perform(get("/api/v1/audit").param("username", subject.toUpperCase()).with(basic(auditor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[0].username").value(subject))
			.andExpect(jsonPath("$.items[0].action").value("LOGIN_FAILED"))
			.andExpect(jsonPath("$.items[0].success").value(false))
			.andExpect(jsonPath("$.items[0].remoteAddress").value("127.0.0.1"));
		mvc.perform(get("/api/v1/audit").param("username", subject).param("action", "LOGIN").with(basic(auditor)))
			.andExpect(jsonPath("$.total").value(0));

		var ids = new ArrayList<Long>();
		jdbc.sql("select id from audit_entry where username = ? order by id").param(subject).query(Long.class).list()
			.forEach(ids::add);
		mvc.perform(get("/api/v1/audit").param("username", subject).param("size", "2").with(basic(auditor)))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].id").value(ids.get(2)))
			.andExpect(jsonPath("$.items[1].id").value(ids.get(1)));
		mvc.perform(get("/api/v1/audit").param("username", subject).param("size", "2").param("page", "1")
			.with(basic(auditor)))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].id").value(ids.get(0)));

		String at = com.jayway.jsonpath.JsonPath.read(mvc
			.perform(get("/api/v1/audit").param("username", subject).with(basic(auditor)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.items[0].at");
		LocalDate day = OffsetDateTime.parse(at).toLocalDate();
		assertThat(at).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}.*\\+08:00");
		mvc.perform(get("/api/v1/audit").param("username", subject).param("from", day.toString())
			.param("to", day.toString()).with(basic(auditor)))
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/audit").param("username", subject).param("to", day.minusDays(1).toString())
			.with(basic(auditor)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/audit").param("username", subject).param("from", day.plusDays(1).toString())
			.with(basic(auditor)))
			.andExpect(jsonPath("$.total").value(0));

		String admin = aUser(Role.OFFICE);
		long userId = users.findByUsername(admin).orElseThrow().id();
		mvc.perform(get("/api/v1/audit").param("recordType", "USER").param("recordId", Long.toString(userId))
			.with(basic(auditor)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].action").value("USER_CREATED"));
	}

	@Test
	void refusesBadFilters() throws Exception {
		String auditor = aUser(Role.AUDITOR);
		mvc.perform(get("/api/v1/audit").param("from", "2026-03-02").param("to", "2026-03-01").with(basic(auditor)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/audit").param("from", "yesterday").with(basic(auditor)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/audit").param("size", "0").with(basic(auditor)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void exportsAnExcelWorkbookWithChineseHeadersAndRecordsTheExport() throws Exception {
		String auditor = aUser(Role.AUDITOR);
		String subject = "=HYPERLINK(" + UUID.randomUUID().toString().substring(0, 8) + ")";
		mvc.perform(formLogin().user(subject).password(WRONG));
		mvc.perform(formLogin().user(subject).password(WRONG));

		byte[] xlsx = mvc.perform(get("/api/v1/audit/export").param("username", subject).with(basic(auditor)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			Row header = sheet.getRow(0);
			var titles = new ArrayList<String>();
			header.forEach(c -> titles.add(c.getStringCellValue()));
			assertThat(titles).containsExactly("编号", "时间", "用户", "角色", "来源地址", "操作", "记录类型", "记录编号",
					"结果", "摘要");
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			Row first = sheet.getRow(1);
			assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(2).getStringCellValue()).isEqualTo("'" + subject);
			assertThat(first.getCell(5).getStringCellValue()).isEqualTo("LOGIN_FAILED");
			assertThat(first.getCell(8).getStringCellValue()).isEqualTo("失败");
		}
		var exports = entries("username = ? and action = 'AUDIT_EXPORTED'", auditor);
		assertThat(exports).hasSize(1);
		assertThat(exports.get(0).get("roles")).isEqualTo("AUDITOR");
		assertThat((String) exports.get(0).get("summary")).contains("exported 2 entries");
	}

	@Test
	void showsTheTrailToAuditorsOnAPage() throws Exception {
		String auditor = aUser(Role.AUDITOR);
		String subject = unique("page-");
		mvc.perform(formLogin().user(subject).password(WRONG));
		var principal = accounts.loadUserByUsername(auditor);
		mvc.perform(get("/audit").param("username", subject).with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("登录失败")))
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("table-responsive")))
			.andExpect(content().string(containsString("/audit/export?username=" + subject)));
		mvc.perform(get("/audit").param("from", "2026-03-02").param("to", "2026-03-01").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(get("/audit").param("from", "not-a-day").with(user(principal)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("日期格式应为 YYYY-MM-DD")));
		byte[] xlsx = mvc.perform(get("/audit/export").param("username", subject).with(user(principal)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
		var admin = accounts.loadUserByUsername("admin");
		mvc.perform(get("/audit").with(user(admin))).andExpect(status().isForbidden());
	}

	@OnH2
	static class OnH2Tests extends AuditTrailTests {
	}

	@OnPostgres
	static class OnPostgresTests extends AuditTrailTests {
	}
}
