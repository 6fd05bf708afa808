package cn.lvzhi.roster;

import static cn.lvzhi.roster.Workbooks.HEADERS;
import static cn.lvzhi.roster.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.Pages;
import cn.lvzhi.TestClock;
import cn.lvzhi.shared.Role;

/** The roster pages, signed in as real users of each role. */
@OnH2
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RosterPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	@Autowired
	Pages pages;

	Fixtures.Cast cast;

	@BeforeAll
	void setUp() {
		cast = pages.cast();
	}

	/** Today as the application sees it: other tests move the shared clock (sign-in lock-outs). */
	LocalDate today() {
		return LocalDate.now(clock);
	}

	@Test
	void showsWorkstationStaffOnlyTheirWorkstation() throws Exception {
		String staff = cast.staff;
		String list = pages.page("/roster/representatives", staff);
		assertThat(list).contains(cast.rep.name()).doesNotContain(cast.other.name());
		mvc.perform(get("/roster/representatives/" + cast.other.id()).with(pages.signedIn(staff)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("您只能查看本工作室的代表")));
		mvc.perform(get("/roster/representatives/new").with(pages.signedIn(staff))).andExpect(status().isForbidden());
	}

	@Test
	void answersALiveSearchWithJustTheResults() throws Exception {
		String fragment = mvc.perform(get("/roster/representatives").param("q", cast.rep.name())
			.header("HX-Request", "true")
			.with(pages.signedIn(cast.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"results\"");
		assertThat(Html.column(fragment, "representatives", 0)).containsExactly(cast.rep.name());
	}

	@Test
	void showsFieldErrorsInChineseNextToTheFields() throws Exception {
		String body = mvc.perform(post("/roster/representatives/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", "")
			.param("phone", "12345")
			.param("communityWorkstationId", ""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.openingTag(body, "name")).contains("is-invalid");
		assertThat(Html.errorOf(body, "name")).isEqualTo("必填");
		assertThat(Html.errorOf(body, "phone")).contains("联系电话格式不正确");
		assertThat(Html.errorOf(body, "communityWorkstationId")).isEqualTo("必填");
		assertThat(Html.errorOf(body, "organization")).isEmpty();
		assertThat(body).contains("<label class=\"form-label\" for=\"name\">姓名</label>");
	}

	@Test
	void explainsADateItCannotRead() throws Exception {
		String body = mvc.perform(post("/roster/representatives/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", Fixtures.unique("日期"))
			.param("communityWorkstationId", cast.community.id().toString())
			.param("startedOn", "昨天"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.errorOf(body, "startedOn")).isEqualTo("日期格式应为 YYYY-MM-DD");
	}

	@Test
	void reportsAWorkstationOfTheWrongTypeOnTheForm() throws Exception {
		Workstation industry = cast.fixtures.industry();
		String body = mvc.perform(post("/roster/representatives/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", Fixtures.unique("类型错"))
			.param("communityWorkstationId", industry.id().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.errorOf(body, "communityWorkstationId")).isEqualTo("挂点工作室须为社区党代表工作室");
	}

	@Test
	void createsARepresentativeAndShowsItsPage() throws Exception {
		String name = Fixtures.unique("新代表");
		String location = mvc.perform(post("/roster/representatives/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", name)
			.param("gender", "FEMALE")
			.param("phone", "13800138000")
			.param("communityWorkstationId", cast.community.id().toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/roster/representatives/*"))
			.andExpect(flash().attribute("notice", "roster.notice.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String detail = pages.page(location, cast.office);
		assertThat(detail).contains(">" + name + "</h1>");
		assertThat(Html.text(Html.byId(detail, "representative-status"))).isEqualTo("在任");
		assertThat(Html.text(Html.byId(detail, "representative-phone"))).isEqualTo("13800138000");
		assertThat(Html.byId(detail, "edit-representative")).isNotNull();
		assertThat(Html.byId(detail, "end-form")).isNotNull();
	}

	@Test
	void refusesAFormPostWithoutCsrfToken() throws Exception {
		mvc.perform(post("/roster/representatives/new").with(pages.signedIn(cast.office))
			.param("name", Fixtures.unique("无令牌"))
			.param("communityWorkstationId", cast.community.id().toString())).andExpect(status().isForbidden());
		mvc.perform(post("/roster/representatives/" + cast.rep.id() + "/end").with(pages.signedIn(cast.office))
			.param("endedOn", today().toString())
			.param("reason", "调离")).andExpect(status().isForbidden());
		mvc.perform(post("/roster/workstations/new").with(pages.signedIn(cast.office))
			.param("name", Fixtures.unique("无令牌"))
			.param("type", "COMMUNITY")
			.param("displayOrder", "1")).andExpect(status().isForbidden());
	}

	@Test
	void endsATermFromTheRepresentativesPage() throws Exception {
		Representative r = cast.fixtures.representative(cast.community);
		String refused = mvc.perform(post("/roster/representatives/" + r.id() + "/end").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("endedOn", today().plusDays(3).toString())
			.param("reason", "调离"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.errorOf(refused, "endedOn")).isEqualTo("任期结束日期不能晚于今天");
		mvc.perform(post("/roster/representatives/" + r.id() + "/end").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("endedOn", today().toString())
			.param("reason", "调离本区"))
			.andExpect(status().is3xxRedirection());
		String html = pages.page("/roster/representatives/" + r.id(), cast.office);
		assertThat(Html.text(Html.byId(html, "representative-status"))).isEqualTo("已离任");
		assertThat(Html.text(Html.byId(html, "representative-ended-on"))).isEqualTo(today().toString());
		assertThat(Html.byId(html, "end-form")).isNull();
	}

	@Test
	void editsARepresentativeAndRefusesAStaleForm() throws Exception {
		Representative r = cast.fixtures.representative(cast.community);
		String form = pages.page("/roster/representatives/" + r.id() + "/edit", cast.office);
		assertThat(Html.openingTag(form, "name")).contains("value=\"" + r.name() + "\"");
		assertThat(Html.openingTag(form, "version")).contains("value=\"" + r.version() + "\"");
		mvc.perform(post("/roster/representatives/" + r.id() + "/edit").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", r.name() + "甲")
			.param("communityWorkstationId", cast.community.id().toString())
			.param("version", r.version().toString())).andExpect(status().is3xxRedirection());
		String stale = mvc.perform(post("/roster/representatives/" + r.id() + "/edit").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", r.name() + "乙")
			.param("communityWorkstationId", cast.community.id().toString())
			.param("version", r.version().toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stale).contains("该记录已被他人修改");
		assertThat(cast.fixtures.representatives.get(cast.fixtures.district, r.id()).name()).isEqualTo(r.name() + "甲");
	}

	@Test
	void listsEveryWrongCellOfAnImportInATable() throws Exception {
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(
				row(Fixtures.unique("页面导入"), "男", null, null, "13800138000", null, null, cast.community.name()),
				row("", "男", null, null, "123", null, null, "不存在的工作室")));
		String body = mvc.perform(multipart("/roster/representatives/import")
			.file(new MockMultipartFile("file", "名册.xlsx", "application/octet-stream", xlsx))
			.with(csrf())
			.with(pages.signedIn(cast.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var rows = Html.rows(body, "import-errors");
		assertThat(rows).containsExactlyInAnyOrder("3 姓名 必填",
				"3 联系电话 联系电话格式不正确,应为 11 位手机号或带区号的固定电话(如 0755-12345678)",
				"3 挂点社区工作室 没有名为“不存在的工作室”的工作室");
	}

	@Test
	void importsAValidSheetFromThePage() throws Exception {
		String name = Fixtures.unique("页面导入成功");
		byte[] xlsx = Workbooks.sheet(HEADERS, List.of(row(name, "女", null, null, null, null, null, cast.community.name())));
		mvc.perform(multipart("/roster/representatives/import")
			.file(new MockMultipartFile("file", "名册.xlsx", "application/octet-stream", xlsx))
			.with(csrf())
			.with(pages.signedIn(cast.office)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 1));
		assertThat(pages.page("/roster/representatives?q=" + name, cast.office)).contains(name);
	}

	@Test
	void explainsAFileThatIsNotAnXlsx() throws Exception {
		String body = mvc.perform(multipart("/roster/representatives/import")
			.file(new MockMultipartFile("file", "名册.xlsx", "application/octet-stream", "不是表格".getBytes()))
			.with(csrf())
			.with(pages.signedIn(cast.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(Html.byId(body, "import-error"))).contains("文件不是 Excel 工作簿");
	}

	@Test
	void exportsFromThePageForTheOfficeOnly() throws Exception {
		byte[] xlsx = mvc.perform(get("/roster/representatives/export").param("workstationId", cast.community.id().toString())
			.with(pages.signedIn(cast.office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.read(xlsx)).anySatisfy(row -> assertThat(row).contains(cast.rep.name(), cast.rep.phone()));
		mvc.perform(get("/roster/representatives/export").with(pages.signedIn(cast.group))).andExpect(status().isForbidden());
	}

	@Test
	void listsWorkstationsInDisplayOrderAndLetsTheOfficeAddOne() throws Exception {
		String name = Fixtures.unique("页面工作室");
		mvc.perform(post("/roster/workstations/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", name)
			.param("type", "INDUSTRY")
			.param("displayOrder", "0"))
			.andExpect(status().is3xxRedirection());
		String html = pages.page("/roster/workstations", cast.office);
		var orders = Html.column(html, "workstations", 0).stream().map(Integer::parseInt).toList();
		assertThat(orders).isNotEmpty().isSorted();
		assertThat(Html.text(Html.byId(html, "workstations"))).contains(name, "行业党代表工作室");
		String errors = mvc.perform(post("/roster/workstations/new").with(csrf())
			.with(pages.signedIn(cast.office))
			.param("name", name)
			.param("type", "COMMUNITY")
			.param("displayOrder", "-1"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.errorOf(errors, "displayOrder")).isEqualTo("不能小于 0");
		assertThat(pages.page("/roster/workstations", cast.group)).doesNotContain("id=\"new-workstation\"");
		mvc.perform(get("/roster/workstations/new").with(pages.signedIn(cast.group))).andExpect(status().isForbidden());
	}

	@Test
	void showsAChineseErrorPageForAnUnknownRepresentative() throws Exception {
		mvc.perform(get("/roster/representatives/987654321").with(pages.signedIn(cast.office)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("代表 987654321 不存在")));
	}

	@Test
	void keepsAuditorsAwayFromTheRosterPages() throws Exception {
		String auditor = cast.fixtures.user(Role.AUDITOR);
		mvc.perform(get("/roster/representatives").with(pages.signedIn(auditor))).andExpect(status().isForbidden());
		mvc.perform(get("/roster/workstations").with(pages.signedIn(auditor)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString(cast.community.name()))));
	}
}
