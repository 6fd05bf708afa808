package cn.lvzhi.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
import cn.lvzhi.roster.Representative;
import cn.lvzhi.shared.CurrentUser;
import cn.lvzhi.shared.Role;

/**
 * The journey of reviews in a real browser: a representative asks from their phone for a review
 * of a rejected record; the evaluation group finds it in its inbox and decides it (corrected:
 * the record is verified); the representative sees the answer and the points.
 */
@OnH2
class ReviewJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	Activities activities;

	@Autowired
	UserDetailsService accounts;

	private Browser signedIn(org.openqa.selenium.Dimension size, String username) {
		Browser browser = browser(size).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		return browser;
	}

	@Test
	void aRejectedRecordIsReviewedAndVerifiedAndTheRepresentativeSeesThePoints() {
		var fixtures = new Fixtures(context);
		Representative representative = fixtures.representativeSince(fixtures.community(), null,
				LocalDate.of(2015, 1, 1));
		String repUser = fixtures.userOf(representative);
		String office = fixtures.user(Role.OFFICE);
		String group = fixtures.user(Role.EVALUATION_GROUP);
		CurrentUser officer = (CurrentUser) accounts.loadUserByUsername(office);
		String title = Fixtures.unique("社区值班接访");
		ActivityRecord record = activities.create(officer, representative.id(),
				new ActivityDetails(1, LocalDate.of(2021, 3, 15), title, null, null, null, null));
		activities.reject(officer, record.id(), "未见值班签到记录");

		// The representative asks for a review from the record page, on a phone.
		Browser browser = signedIn(Browser.PHONE, repUser);
		browser.go("/activities/" + record.id());
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "不予认定"));
		browser.click(By.id("review-request-link"));
		browser.type(By.id("reason"), "当天在工作室值班,签到表在工作室存档");
		browser.click(By.id("review-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("my-reviews"), title));
		assertThat(browser.path()).isEqualTo("/reviews/mine");
		assertThat(browser.find(By.id("my-reviews")).getText()).contains("待处理");

		// The evaluation group finds it in its inbox and corrects the decision.
		browser = signedIn(Browser.DESKTOP, group);
		browser.go("/evaluation");
		browser.find(By.cssSelector("#inbox tr[data-kind='REVIEW'] a.btn"));
		String row = "#inbox tr[data-kind='REVIEW']";
		assertThat(browser.driver().findElements(By.cssSelector(row)).stream()
			.anyMatch(r -> r.getText().contains(representative.name()))).isTrue();
		browser.click(browser.driver().findElements(By.cssSelector(row)).stream()
			.filter(r -> r.getText().contains(representative.name()))
			.findFirst().orElseThrow()
			.findElement(By.cssSelector("a.btn")));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-text"), "签到表在工作室存档"));
		browser.click(By.cssSelector("input[name='outcome'][value='AMENDED']"));
		new Select(browser.find(By.id("amendmentType"))).selectByValue("VERIFY");
		browser.type(By.id("reason"), "经核对工作室签到表,予以认定");
		browser.click(By.id("decision-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("case-status"), "已答复"));
		assertThat(browser.find(By.id("case-decision")).getText()).contains("予以更正", "认定记录并计分");

		// The representative sees the answer and the points.
		browser = signedIn(Browser.PHONE, repUser);
		browser.go("/reviews/mine");
		String mine = browser.find(By.id("my-reviews")).getText();
		assertThat(mine).contains("已答复", "予以更正", "经核对工作室签到表,予以认定", "5 分");
		browser.go("/activities/" + record.id());
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已核实"));
		assertThat(browser.find(By.id("record-points")).getText()).isEqualTo("5");
	}
}
