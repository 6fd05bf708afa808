package cn.lvzhi.publication;

import static cn.lvzhi.Api.activity;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import cn.lvzhi.Api;
import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The journey of issue 4 in a real browser: the office drafts the first quarter's list, the
 * evaluation group approves it on a phone, and anyone sees it on the public page without
 * signing in.
 */
@OnH2
class PublicationJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void theOfficeDraftsTheGroupApprovesAndThePublicSeesTheListWithoutSigningIn() throws Exception {
		Fixtures fixture = Fixtures.inNewDistrict(context);
		Workstation community = fixture.community();
		Representative rep = fixture.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		String office = fixture.user(Role.OFFICE);
		String group = fixture.user(Role.EVALUATION_GROUP);
		new Api(mvc, json).enterAndVerify(office, office, activity(rep.id(), 6, LocalDate.of(2025, 3, 20)));

		// The office drafts 2025 Q1.
		Browser browser = browser(Browser.DESKTOP).signIn(office, TestUsers.PASSWORD);
		browser.go("/publications");
		browser.type(By.id("draft-year"), "2025");
		new Select(browser.find(By.id("draft-quarter"))).selectByValue("1");
		browser.click(By.id("draft-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "草稿"));
		String path = browser.path();
		assertThat(path).matches("/publications/\\d+");
		assertThat(browser.find(By.id("publication-rows")).getText()).contains(rep.name(), "10");
		String hash = browser.find(By.id("publication-hash")).getText();
		assertThat(hash).matches("[0-9a-f]{64}");

		// The evaluation group approves it on a phone.
		browser = browser(Browser.PHONE).signIn(group, TestUsers.PASSWORD);
		browser.go(path);
		browser.click(By.id("approve-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "已公布"));

		// Anyone sees it without signing in, from the top bar's 公示.
		browser = browser(Browser.PHONE);
		browser.go("/login");
		assertThat(browser.find(By.id("lz-public-links")).getText()).contains("公示", "意见反馈", "登录");
		browser.go("/public/publications?district=" + fixture.districtCode(context));
		browser.click(By.cssSelector("#public-lists a"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2025 年第 1 季度"));
		assertThat(browser.path()).isEqualTo("/public/publications/" + path.substring("/publications/".length()));
		String rows = browser.textOf(By.id("publication-rows"));
		assertThat(rows).contains(community.name(), rep.name(), "10");
		assertThat(browser.textOf(By.id("publication-hash"))).isEqualTo(hash);
	}
}
