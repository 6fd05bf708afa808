package cn.lvzhi.standard;

import static cn.lvzhi.standard.StandardForms.VALID_ROWS;
import static cn.lvzhi.standard.StandardForms.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import cn.lvzhi.Pages;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.accounts.Users;
import cn.lvzhi.roster.Districts;
import cn.lvzhi.shared.Role;

/** The standard's pages: reading any version, and the office's form for a new one. */
@OnH2
class StandardPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Districts districts;

	@Autowired
	Pages pages;

	@Autowired
	Standards standards;

	Fixtures fixture;

	long districtId;

	@BeforeEach
	void fixture() {
		fixture = pages.fixtures();
		districtId = districts.defaultDistrict().id();
	}

	RequestPostProcessor signedIn(Role role) {
		return pages.signedIn(fixture.userWith(role));
	}

	LocalDate freeDay() {
		LocalDate latest = standards.versions(districtId)
			.stream()
			.map(StandardVersion.Summary::effectiveFrom)
			.max(LocalDate::compareTo)
			.orElseThrow();
		LocalDate floor = LocalDate.of(2100, 1, 1);
		return (latest.isAfter(floor) ? latest : floor).plusDays(1 + (System.nanoTime() & 0xff));
	}

	@Test
	void showsTheVersionInForceByCategoryWithItsPointsInChinese() throws Exception {
		String page = mvc.perform(get("/standard").with(signedIn(Role.REPRESENTATIVE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("服务联系群众", "议党议政", "民主监督", "示范引领")
			.contains("每次5分", "每次20分", "非常满意6分/基本满意5分/不满意0分", "每个周期最高9分")
			.contains("现行")
			.contains("第1版 盐田区党代表履职积分标准(2013年试行)(自2013-09-23起施行)")
			.doesNotContain("新增版本")
			.doesNotContain("standard.")
			.doesNotContain("??");
		// The cap is shown once: item 9 is the only capped item of version 1.
		assertThat(Pattern.compile("每个周期最高").matcher(page).results().count()).isEqualTo(1);
	}

	@Test
	void showsAnyVersionAndOffersTheOfficeANewOne() throws Exception {
		mvc.perform(get("/standard/versions/1").with(signedIn(Role.OFFICE)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("协助解决群众诉求")))
			.andExpect(content().string(containsString("新增版本")));
		mvc.perform(get("/standard").param("version", "1").with(signedIn(Role.OFFICE)))
			.andExpect(redirectedUrl("/standard/versions/1"));
		mvc.perform(get("/standard/versions/99999").with(signedIn(Role.OFFICE)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("积分标准第 99999 版不存在")));
	}

	@Test
	void sendsAnonymousVisitorsToSignIn() throws Exception {
		mvc.perform(get("/standard")).andExpect(status().is3xxRedirection());
	}

	@Test
	void startsANewVersionAsACopyOfTheLatest() throws Exception {
		var latest = standards.version(districtId, StandardVersion.nextNumber(standards.versions(districtId)) - 1);
		String page = mvc.perform(get("/standard/versions/new").with(signedIn(Role.OFFICE)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("name=\"items[" + (latest.items().size() - 1) + "].code\"")
			.doesNotContain("name=\"items[" + latest.items().size() + "].code\"")
			.contains(latest.items().get(0).title())
			.contains("name=\"effectiveFrom\"")
			.doesNotContain("<script>")
			.doesNotContain("??");
		mvc.perform(get("/standard/versions/new").with(signedIn(Role.REPRESENTATIVE))).andExpect(status().isForbidden());
	}

	@Test
	void showsFieldErrorsInChineseNextToTheFieldsAndCreatesNothing() throws Exception {
		int before = standards.versions(districtId).size();
		String page = mvc
			.perform(form("2100-02-30", List.of("1|SERVICE|值班|PER_OCCURRENCE|abc||||", "1||  |PER_OCCURRENCE|5||||",
					"3|SERVICE|满意度|BY_SATISFACTION||6||0|-1"))
				.with(signedIn(Role.OFFICE))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("日期格式应为 YYYY-MM-DD", "应为整数", "序号 1 重复", "必填", "每周期上限不能小于 0")
			.contains("is-invalid")
			.contains("value=\"abc\"");
		assertThat(standards.versions(districtId)).hasSize(before);

		mvc.perform(form("2000-01-01", VALID_ROWS).with(signedIn(Role.OFFICE)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("施行日期须晚于最新版本的施行日期")));
		mvc.perform(form("2013-09-23", VALID_ROWS).with(signedIn(Role.OFFICE)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有一个版本自 2013-09-23 起施行")));
		assertThat(standards.versions(districtId)).hasSize(before);
	}

	@Test
	void createsTheVersionAndShowsItWithANotice() throws Exception {
		LocalDate day = freeDay();
		int number = StandardVersion.nextNumber(standards.versions(districtId));
		var result = mvc.perform(form(day.toString(), VALID_ROWS).with(signedIn(Role.OFFICE)).with(csrf()))
			.andExpect(redirectedUrl("/standard/versions/" + number))
			.andExpect(flash().attribute("notice", "standard.created"))
			.andReturn();
		var created = standards.version(districtId, number);
		assertThat(created.effectiveFrom()).isEqualTo(day);
		assertThat(created.item(3).orElseThrow().rule()).isEqualTo(new Rule.BySatisfaction(new Tiers(7, 5, 0), null));
		assertThat(created.item(9).orElseThrow().rule().capPerCycle()).hasValue(9);
		mvc.perform(get("/standard/versions/" + number).with(signedIn(Role.OFFICE))
			.flashAttrs(result.getFlashMap()))
			.andExpect(content().string(containsString("已创建积分标准的新版本")))
			.andExpect(content().string(containsString("尚未施行")))
			.andExpect(content().string(containsString("非常满意7分/基本满意5分/不满意0分")));
	}

	@Test
	void refusesAFormWithoutCsrfTokenOrFromOtherRoles() throws Exception {
		int before = standards.versions(districtId).size();
		mvc.perform(form(freeDay().toString(), VALID_ROWS).with(signedIn(Role.OFFICE)))
			.andExpect(status().isForbidden());
		mvc.perform(form(freeDay().toString(), VALID_ROWS).with(signedIn(Role.EVALUATION_GROUP)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(standards.versions(districtId)).hasSize(before);
	}
}
