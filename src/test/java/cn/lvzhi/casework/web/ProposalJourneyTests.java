package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The proposal journey of issue 10 in a real browser: a representative drafts a motion on a phone
 * and invites two co-signers; one of them confirms from 我的提案, the other does not; the lead
 * submits it; the office verifies the records it created; the lead sees the item-8 points and the
 * co-signer who confirmed the item-9 points on their points pages, and the one who did not confirm
 * has none — exactly two records, no more.
 */
@OnH2
class ProposalJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	private Browser signedIn(Dimension size, String username) {
		Browser browser = browser(size).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		return browser;
	}

	@Test
	void aMotionWithTwoCosignersOneConfirmingYieldsTheLeadsItem8AndOneItem9() {
		var fixtures = new Fixtures(context);
		Workstation community = fixtures.community();
		Representative lead = fixtures.representative(community);
		Representative confirming = fixtures.representative(community);
		Representative silent = fixtures.representative(community);
		String leadUser = fixtures.userOf(lead);
		String confirmingUser = fixtures.userOf(confirming);
		String silentUser = fixtures.userOf(silent);
		String office = fixtures.user(Role.OFFICE);
		String title = Fixtures.unique("关于增设社区长者食堂的提案");

		// The lead drafts the motion on a phone and invites two co-signers.
		Browser browser = signedIn(Browser.PHONE, leadUser);
		browser.go("/proposals/mine");
		browser.click(By.id("draft-link"));
		assertThat(browser.find(By.id("kind-MOTION")).isSelected()).isTrue();
		browser.type(By.id("title"), title);
		browser.type(By.id("content"), "海山社区老年人口多,建议增设长者食堂,解决就餐难。");
		browser.click(By.id("cosigner-" + confirming.id()));
		browser.click(By.id("cosigner-" + silent.id()));
		browser.click(By.id("proposal-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-status"), "草拟中"));
		String page = browser.path();
		assertThat(page).matches("/proposals/\\d+");
		long id = Long.parseLong(page.substring("/proposals/".length()));
		assertThat(browser.find(By.id("proposal-cosigners")).getText()).contains(confirming.name(), silent.name(), "待确认");

		// One co-signer finds it waiting for them and confirms; the other does nothing.
		browser = signedIn(Browser.PHONE, confirmingUser);
		browser.go("/proposals/mine");
		browser.click(By.cssSelector("#waiting-confirm [data-id='" + id + "'] a"));
		browser.click(By.id("confirm-submit"));
		browser.await()
			.until(ExpectedConditions.attributeToBe(By.cssSelector("#proposal-cosigners [data-representative='"
					+ confirming.id() + "']"), "data-confirmed", "true"));
		assertThat(browser.find(By.cssSelector("#proposal-cosigners [data-representative='" + silent.id() + "']"))
			.getAttribute("data-confirmed")).isEqualTo("false");

		// The lead submits: the records of the lead (item 8) and of the one who confirmed (item 9).
		browser = signedIn(Browser.PHONE, leadUser);
		browser.go(page);
		browser.click(By.id("submit-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-status"), "已提交"));
		List<WebElement> records = browser.driver().findElements(By.cssSelector("#proposal-records [data-id]"));
		assertThat(records).extracting(r -> r.getAttribute("data-item")).containsExactly("8", "9");
		long item8 = Long.parseLong(records.get(0).getAttribute("data-id"));
		long item9 = Long.parseLong(records.get(1).getAttribute("data-id"));
		assertThat(records.get(0).getText()).contains(lead.name(), "领衔提出提案:" + title);
		assertThat(records.get(1).getText()).contains(confirming.name(), "联署提案:" + title);

		// The office finds it in 提案办理 and verifies both records.
		browser = signedIn(Browser.DESKTOP, office);
		browser.go("/proposals?kind=MOTION&status=SUBMITTED");
		browser.click(By.cssSelector("#results [data-id='" + id + "'] a"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("proposal-status"), "已提交"));
		for (long record : List.of(item8, item9)) {
			browser.click(By.cssSelector("#proposal-records [data-id='" + record + "'] a"));
			browser.click(By.id("verify-submit"));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已核实"));
			browser.go(page);
		}
		assertThat(browser.find(By.cssSelector("#proposal-records [data-id='" + item8 + "']")).getText()).contains("已核实", "10 分");
		assertThat(browser.find(By.cssSelector("#proposal-records [data-id='" + item9 + "']")).getText()).contains("已核实", "3 分");

		// Each sees their points: 10 for leading, 3 for co-signing, nothing without confirming.
		browser = signedIn(Browser.PHONE, leadUser);
		browser.go("/points");
		assertThat(browser.find(By.id("points-total")).getText()).isEqualTo("10");
		assertThat(browser.driver().findElements(By.cssSelector("#ledger-entries tr[data-activity]")))
			.extracting(r -> r.getAttribute("data-activity")).containsExactly("" + item8);
		browser = signedIn(Browser.PHONE, confirmingUser);
		browser.go("/points");
		assertThat(browser.find(By.id("points-total")).getText()).isEqualTo("3");
		assertThat(browser.driver().findElements(By.cssSelector("#ledger-entries tr[data-activity]")))
			.extracting(r -> r.getAttribute("data-activity")).containsExactly("" + item9);
		browser = signedIn(Browser.PHONE, silentUser);
		browser.go("/points");
		assertThat(browser.find(By.id("points-total")).getText()).isEqualTo("0");
		assertThat(browser.consoleErrors()).isEmpty();
	}
}
