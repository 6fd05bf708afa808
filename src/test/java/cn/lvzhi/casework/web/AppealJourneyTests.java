package cn.lvzhi.casework.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestClock;
import cn.lvzhi.TestUsers;
import cn.lvzhi.roster.Representative;
import cn.lvzhi.roster.Workstation;
import cn.lvzhi.shared.Role;

/**
 * The journey of issue 10's appeals in a real browser: the workstation's staff register an appeal
 * received on a duty shift; a representative of the workstation takes it on from their phone;
 * it is routed and resolved; the constituent rates it through the one-time link on a phone
 * (390 px wide, no account); the office verifies the two records it created; the representative
 * sees the item-2 and item-3 points among their points.
 */
@OnH2
class AppealJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	TestClock clock;

	private Browser signedIn(org.openqa.selenium.Dimension size, String username) {
		Browser browser = browser(size).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		return browser;
	}

	@Test
	void anAppealFromADutyShiftIsProxiedResolvedRatedByLinkAndEarnsTheRepresentativeItsPoints() {
		var fixtures = new Fixtures(context);
		Workstation community = fixtures.community();
		Representative representative = fixtures.representativeSince(community, null, LocalDate.of(2015, 1, 1));
		String repUser = fixtures.userOf(representative);
		String staff = fixtures.staffOf(community);
		String office = fixtures.user(Role.OFFICE);
		String subject = Fixtures.unique("楼道照明损坏");
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));

		// The staff register what a constituent brought to the duty shift.
		Browser browser = signedIn(Browser.DESKTOP, staff);
		browser.go("/appeals/new");
		assertThat(new Select(browser.find(By.id("channel"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("DUTY_SHIFT");
		browser.type(By.id("constituentName"), "王小明");
		browser.type(By.id("constituentPhone"), "13912345678");
		browser.type(By.id("constituentAddress"), "海山街道海涛路 8 号 3 栋");
		browser.type(By.id("content"), "3 栋楼道的灯坏了两个月,老人晚上上下楼不安全。");
		browser.type(By.id("category"), "物业管理");
		browser.type(By.id("subject"), subject);
		browser.click(By.id("appeal-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "已登记"));
		String appealPath = browser.path();
		assertThat(appealPath).matches("/appeals/\\d+");
		assertThat(browser.find(By.id("appeal-constituent")).getText()).isEqualTo("王小明");

		// A representative of the workstation finds it on their phone and takes it on.
		browser = signedIn(Browser.PHONE, repUser);
		browser.go("/appeals");
		browser.click(By.linkText(subject));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "已登记"));
		assertThat(browser.find(By.id("appeal-constituent")).getText()).isEqualTo("王**");
		browser.click(By.id("proxy-self-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "已代理"));
		assertThat(browser.find(By.id("appeal-constituent")).getText()).isEqualTo("王小明");
		assertThat(browser.find(By.cssSelector("#appeal-records [data-item='2']")).getText())
			.contains("代理群众诉求:" + subject, "已登记");

		// The staff route it, and it is resolved.
		browser = signedIn(Browser.DESKTOP, staff);
		browser.go(appealPath);
		browser.type(By.id("handlingUnit"), "海山社区物业服务中心");
		new Select(browser.find(By.id("handlingUnitKind"))).selectByValue("ENTERPRISE");
		setDate(browser, "dueOn", today.plusDays(10));
		browser.click(By.id("assign-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "办理中"));
		browser.type(By.id("resolution"), "物业已更换 3 栋全部楼道灯。");
		browser.click(By.id("resolve-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "已办结"));

		// The constituent is not there: the staff make the one-time link.
		browser.click(By.id("rating-link-submit"));
		String link = browser.find(By.id("rating-link-url")).getAttribute("value");
		assertThat(browser.find(By.cssSelector("#rating-qr svg path")).getAttribute("d")).isNotBlank();
		browser.go(appealPath);
		assertThat(browser.driver().findElements(By.id("rating-link-url"))).isEmpty();

		// The constituent opens it on their phone, without an account, and answers the one question.
		browser = browser(Browser.PHONE);
		browser.driver().get(link);
		browser.find(By.id("rating-subject"));
		String shown = browser.find(By.id("main")).getText();
		assertThat(shown).contains(subject, "物业已更换 3 栋全部楼道灯。", "您对办理结果满意吗?")
			.doesNotContain("王小明", "13912345678", "海涛路", representative.name());
		assertThat(((Number) ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
		browser.click(By.cssSelector("label[for='satisfaction-VERY_SATISFIED']"));
		browser.click(By.id("rating-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("rating-thanks"), "感谢"));
		browser.driver().get(link);
		assertThat(browser.find(By.id("rating-refusal")).getText()).contains("已使用过");

		// The office verifies the two records the appeal created.
		browser = signedIn(Browser.DESKTOP, office);
		browser.go(appealPath);
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("appeal-status"), "已评价"));
		assertThat(browser.find(By.id("appeal-satisfaction")).getText()).contains("非常满意", "评价链接");
		List<String> records = browser.driver()
			.findElements(By.cssSelector("#appeal-records a"))
			.stream()
			.map(a -> a.getAttribute("href"))
			.toList();
		assertThat(records).hasSize(2);
		for (String record : records) {
			browser.driver().get(record);
			browser.click(By.id("verify-submit"));
			browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已核实"));
		}
		browser.go(appealPath);
		assertThat(browser.find(By.cssSelector("#appeal-records [data-item='2'] .lz-record-points")).getText())
			.isEqualTo("5 分");
		assertThat(browser.find(By.cssSelector("#appeal-records [data-item='3'] .lz-record-points")).getText())
			.isEqualTo("6 分");

		// The representative sees the item-2 and item-3 points among theirs.
		browser = signedIn(Browser.PHONE, repUser);
		browser.go("/points");
		assertThat(browser.find(By.id("points-total")).getText()).isEqualTo("11");
		String byItem = browser.find(By.id("points-by-item")).getAttribute("textContent");
		assertThat(byItem).contains("2. 代理群众诉求", "3. 协助解决群众诉求");
		WebElement entries = browser.find(By.id("ledger-entries"));
		assertThat(entries.getAttribute("textContent")).contains("+5", "+6");
	}

	/** A date input set as a person would pick it, independent of the browser's locale. */
	private static void setDate(Browser browser, String id, LocalDate day) {
		WebElement input = browser.find(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", input,
				day.toString());
	}
}
