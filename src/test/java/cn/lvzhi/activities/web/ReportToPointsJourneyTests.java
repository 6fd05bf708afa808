package cn.lvzhi.activities.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
 * The journey of issue 3 in a real browser: a representative reports an activity with a photo
 * from a phone; their workstation's staff record and forward it; the office verifies it; the
 * representative sees the points and the ledger entry that came from that record.
 */
@OnH2
class ReportToPointsJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	Fixtures fixtures;

	Path photo;

	@BeforeEach
	void setUp() throws IOException {
		fixtures = new Fixtures(context);
		photo = Files.createTempFile("现场照片-", ".png");
		var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(0xB7, 0x1C, 0x1C));
		graphics.fillRect(0, 0, 64, 48);
		graphics.setColor(Color.WHITE);
		graphics.fillOval(16, 8, 32, 32);
		graphics.dispose();
		ImageIO.write(image, "png", photo.toFile());
	}

	@AfterEach
	void removePhoto() throws IOException {
		Files.deleteIfExists(photo);
	}

	private Browser signedIn(org.openqa.selenium.Dimension size, String username) {
		Browser browser = browser(size).signIn(username, TestUsers.PASSWORD);
		browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("lz-user-name")));
		return browser;
	}

	@Test
	void aPhotoReportedOnAPhoneBecomesPointsInTheRepresentativesLedger() {
		Workstation community = fixtures.community();
		Representative representative = fixtures.representative(community);
		String repUser = fixtures.userOf(representative);
		String staff = fixtures.staffOf(community);
		String office = fixtures.user(Role.OFFICE);
		String title = Fixtures.unique("社区工作室值班接访");

		// The representative reports from a phone, with a photo.
		Browser browser = signedIn(Browser.PHONE, repUser);
		browser.go("/activities/new");
		new Select(browser.find(By.id("itemCode"))).selectByValue("1");
		browser.type(By.id("title"), title);
		browser.type(By.id("hours"), "4");
		browser.type(By.id("place"), "海山社区党代表工作室");
		browser.driver().findElement(By.id("files")).sendKeys(photo.toString());
		browser.click(By.id("activity-submit"));

		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已报送"));
		String recordPath = browser.path();
		assertThat(recordPath).matches("/activities/\\d+");
		long id = Long.parseLong(recordPath.substring("/activities/".length()));
		assertThat(browser.find(By.id("record-evidence")).getText()).contains(photo.getFileName().toString());
		WebElement thumbnail = browser.find(By.cssSelector("#record-evidence img"));
		browser.await().until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth === 64", thumbnail)));

		// The workstation's staff record and forward it from their queue.
		browser = signedIn(Browser.DESKTOP, staff);
		browser.go("/activities/queue");
		browser.find(By.id("select-" + id));
		browser.click(By.id("select-all"));
		assertThat(browser.find(By.id("select-" + id)).isSelected()).isTrue();
		browser.click(By.id("batch-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch-done"), "已办理 1 条"));

		// The office verifies it beside its evidence.
		browser = signedIn(Browser.DESKTOP, office);
		browser.go("/activities/verification");
		browser.find(By.cssSelector("#records tr[data-id='" + id + "'] a")).click();
		browser.click(By.id("verify-submit"));
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已核实"));
		assertThat(browser.find(By.id("record-points")).getText()).isEqualTo("5");

		// The representative sees the points and the ledger entry of that record.
		browser = signedIn(Browser.PHONE, repUser);
		browser.go("/points");
		assertThat(browser.find(By.id("points-total")).getText()).isEqualTo("5");
		WebElement entry = browser.find(By.cssSelector("#ledger-entries tr[data-activity='" + id + "']"));
		assertThat(entry.getAttribute("textContent")).contains("+5", "计分", office, "记录 " + id);
		assertThat(browser.find(By.id("rank-workstation")).getText()).isEqualTo("1");
		// The entry links to the record it came from (the table scrolls sideways on a phone).
		String link = entry.findElement(By.linkText("记录 " + id)).getAttribute("href");
		browser.driver().get(link);
		browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("record-status"), "已核实"));
	}
}
