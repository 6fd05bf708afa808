package cn.lvzhi.yearend.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestUsers;
import cn.lvzhi.activities.Activities;
import cn.lvzhi.activities.ActivityDetails;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * The year-end evaluation in a real browser at phone width: the evaluation group finds a
 * representative in the overview, records the evaluation, and the representative sees the grade
 * on their own page.
 */
@OnH2
class YearEndJourneyTests extends BrowserJourney {

	static final int YEAR = 2022;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Activities activities;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(context);
	}

	private Browser signedIn(String username) {
		Browser browser = browser(Browser.PHONE).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		return browser;
	}

	@Test
	void theGroupGradesARepresentativeWhoThenSeesTheGrade() {
		Workstation community = fixtures.community();
		Representative representative = fixtures.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		String repUser = fixtures.userOf(representative);
		String office = fixtures.user(Role.OFFICE);
		String group = fixtures.user(Role.EVALUATION_GROUP);
		CurrentUser officer = (CurrentUser) accounts.loadUserByUsername(office);
		var record = activities.create(officer, representative.id(),
				new ActivityDetails(6, LocalDate.of(YEAR, 5, 20), Fixtures.unique("集中视察"), null, null, null, null));
		activities.verify(officer, record.id(), null);

		Browser browser = signedIn(group);
		browser.go("/evaluation/year-end?year=" + YEAR + "&workstationId=" + community.id());
		assertThat(browser.find(By.cssSelector("#grade-counts [data-grade='NONE'] strong")).getText()).isEqualTo("1");
		browser.click(By.linkText(representative.name()));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-end-total"), "10"));
		assertThat(browser.find(By.id("year-end-grade")).getText()).isEqualTo("未评议");
		assertThat(noSidewaysScroll(browser)).as("the page fits a phone").isTrue();

		browser.type(By.id("membersSatisfied"), "18");
		browser.type(By.id("constituentsSatisfied"), "52");
		browser.click(By.id("reportToElectoralUnit1"));
		new Select(browser.find(By.id("grade"))).selectByValue("EXCELLENT");
		browser.type(By.id("rewards"), "建议表彰");
		browser.click(By.id("evaluation-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#main .alert-success"),
				"评议结果已保存"));
		assertThat(browser.find(By.id("year-end-grade")).getText()).isEqualTo("优秀");
		assertThat(browser.find(By.id("report-electoral-unit")).getText()).isEqualTo("是");

		browser = signedIn(repUser);
		browser.go("/evaluation/year-end/mine");
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("year-end-grade"), "优秀"));
		assertThat(browser.find(By.id("rewards")).getText()).isEqualTo("建议表彰");
		assertThat(browser.driver().findElements(By.id("evaluation-form"))).isEmpty();
		assertThat(noSidewaysScroll(browser)).isTrue();
	}

	private static boolean noSidewaysScroll(Browser browser) {
		return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"));
	}
}
