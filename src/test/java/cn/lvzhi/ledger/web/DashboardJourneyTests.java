package cn.lvzhi.ledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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
import cn.lvzhi.activities.ActivityRecord;
import cn.lvzhi.ledger.Ledger;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * The charts in a real browser: the dashboards draw their three charts with the numbers of the
 * ledger (and the same numbers in the tables under them), a representative's chart by quarter on
 * a phone follows the width of the screen, and no page writes an error to the console (a script
 * error, a content-security-policy violation, a request that failed).
 */
@OnH2
class DashboardJourneyTests extends BrowserJourney {

	static final int YEAR = 2017;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	Activities activities;

	@Autowired
	Ledger ledger;

	Fixtures fixtures;

	Workstation community;

	Representative rep;

	Representative neighbour;

	String office;

	@BeforeEach
	void setUp() {
		fixtures = new Fixtures(context);
		community = fixtures.community();
		rep = fixtures.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		neighbour = fixtures.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		office = fixtures.user(Role.OFFICE);
	}

	CurrentUser actor(String username) {
		return (CurrentUser) accounts.loadUserByUsername(username);
	}

	void verified(Representative representative, int item, LocalDate day) {
		ActivityRecord record = activities.create(actor(office), representative.id(),
				new ActivityDetails(item, day, Fixtures.unique("活动"), null, null, null, null));
		activities.verify(actor(office), record.id(), null);
	}

	Browser signedIn(org.openqa.selenium.Dimension size, String username) {
		Browser browser = browser(size).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		browser.consoleErrors();
		return browser;
	}

	/** Waits until the chart has been drawn on a canvas, and answers the figure. */
	static WebElement drawn(Browser browser, String id) {
		browser.await()
			.until(ExpectedConditions.attributeToBe(By.id(id), "data-chart-state", "drawn"));
		WebElement figure = browser.find(By.id(id));
		assertThat(figure.findElements(By.cssSelector("[data-chart-canvas] canvas"))).as(id).isNotEmpty();
		return figure;
	}

	static String table(WebElement figure) {
		return figure.findElement(By.cssSelector("[data-chart-table] table")).getAttribute("textContent");
	}

	/** The cells of the table under a chart, row by row. */
	static List<List<String>> rows(WebElement figure) {
		return figure.findElements(By.cssSelector("[data-chart-table] tbody tr"))
			.stream()
			.map(tr -> tr.findElements(By.cssSelector("th, td"))
				.stream()
				.map(cell -> cell.getAttribute("textContent").strip())
				.toList())
			.toList();
	}

	static long canvasWidth(Browser browser, WebElement figure) {
		return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(
				"return arguments[0].querySelector('[data-chart-canvas] canvas').getBoundingClientRect().width;",
				figure))
			.longValue();
	}

	@Test
	void theDashboardsDrawTheirThreeChartsWithTheLedgersNumbers() {
		// Last year: the picker offers this year and the four before it.
		int lastYear = ledger.today(fixtures.district).getYear() - 1;
		verified(rep, 1, LocalDate.of(lastYear, 2, 1));
		verified(rep, 6, LocalDate.of(lastYear, 8, 1));
		verified(neighbour, 14, LocalDate.of(lastYear, 11, 1));

		Browser browser = signedIn(Browser.DESKTOP, office);
		browser.go("/dashboards");
		new Select(browser.find(By.id("year"))).selectByValue(Integer.toString(lastYear));
		new Select(browser.find(By.id("workstationId"))).selectByValue(Long.toString(community.id()));
		browser.click(By.id("filters-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), lastYear + "年度"));

		WebElement quarters = drawn(browser, "chart-quarters");
		assertThat(table(quarters)).contains("第1季度", "服务联系群众", "议党议政", "第3季度");
		// 季度 | 服务联系群众 议党议政 民主监督 示范引领 调整 合计
		assertThat(rows(quarters)).containsExactly(
				List.of("第1季度", "5", "0", "0", "0", "0", "5"),
				List.of("第2季度", "0", "0", "0", "0", "0", "0"),
				List.of("第3季度", "0", "10", "0", "0", "0", "10"),
				List.of("第4季度", "0", "0", "0", "20", "0", "20"));

		WebElement distribution = drawn(browser, "chart-distribution");
		assertThat(table(distribution)).contains("积分区间", "15–19", "20–24");

		WebElement workstations = drawn(browser, "chart-workstations");
		// 工作室 | 代表人数 积分总和 人均积分
		assertThat(rows(workstations)).contains(List.of(community.name(), "2", "35", "17.5"));
		assertThat(table(workstations)).contains("全区人均");

		// Turned into a phone, the charts narrow to the screen instead of running off it.
		browser.driver().manage().window().setSize(Browser.PHONE);
		browser.await().until(d -> canvasWidth(browser, quarters) < Browser.PHONE.getWidth()
				&& canvasWidth(browser, workstations) < Browser.PHONE.getWidth());
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void aRepresentativesChartByQuarterFollowsTheWidthOfThePhone() {
		int thisYear = ledger.today(fixtures.district).getYear();
		verified(rep, 1, LocalDate.of(thisYear, 1, 2));
		verified(rep, 4, LocalDate.of(YEAR, 5, 2));
		String repUser = fixtures.userOf(rep);

		Browser browser = signedIn(Browser.PHONE, repUser);
		browser.go("/points?year=" + YEAR);
		WebElement chart = drawn(browser, "points-by-quarter-chart");
		// 季度 | 服务联系群众 议党议政 民主监督 示范引领 调整 合计 累计积分
		assertThat(rows(chart)).containsExactly(
				List.of("第1季度", "0", "0", "0", "0", "0", "0", "0"),
				List.of("第2季度", "3", "0", "0", "0", "0", "3", "3"),
				List.of("第3季度", "0", "0", "0", "0", "0", "0", "3"),
				List.of("第4季度", "0", "0", "0", "0", "0", "0", "3"));
		assertThat(table(chart)).contains("累计积分");
		long onPhone = canvasWidth(browser, chart);
		assertThat(onPhone).isBetween(200L, (long) Browser.PHONE.getWidth());

		browser.driver().manage().window().setSize(Browser.DESKTOP);
		browser.await().until(d -> canvasWidth(browser, chart) > onPhone + 300);
		assertThat(browser.consoleErrors()).isEmpty();

		// The office sees the same chart (this year's) on the representative's roster page.
		Browser officeBrowser = signedIn(Browser.DESKTOP, office);
		officeBrowser.go("/roster/representatives/" + rep.id());
		WebElement roster = drawn(officeBrowser, "points-by-quarter-chart");
		assertThat(rows(roster).get(0)).containsExactly("第1季度", "5", "0", "0", "0", "0", "5", "5");
		assertThat(officeBrowser.consoleErrors()).isEmpty();
	}
}
