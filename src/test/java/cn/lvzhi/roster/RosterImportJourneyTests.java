package cn.lvzhi.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.lvzhi.Browser;
import cn.lvzhi.BrowserJourney;
import cn.lvzhi.Fixtures;
import cn.lvzhi.OnH2;
import cn.lvzhi.TestUsers;
import cn.lvzhi.shared.Role;

/** The office imports a roster sheet in a real browser; a bad row shows every error and imports nothing. */
@OnH2
class RosterImportJourneyTests extends BrowserJourney {

	@Autowired
	ApplicationContext context;

	@Autowired
	Representatives representatives;

	Fixtures fixtures;

	Path upload;

	@BeforeEach
	void fixtures() throws IOException {
		fixtures = new Fixtures(context);
		upload = Files.createTempFile("roster-", ".xlsx");
	}

	@AfterEach
	void removeUpload() throws IOException {
		Files.deleteIfExists(upload);
	}

	@Test
	void aSheetWithABadRowShowsEachErrorAndImportsNothing() throws IOException {
		Workstation community = fixtures.community();
		String good = Fixtures.unique("好");
		String bad = Fixtures.unique("坏");
		Files.write(upload, Workbooks.sheet(Workbooks.HEADERS, List.of(
				Workbooks.row(good, "女", "某单位", "书记", Fixtures.phone(), "某选区", "第六届", community.name(), null, "在任"),
				Workbooks.row(bad, "未知", "某单位", "书记", "12345", "某选区", "第六届", "没有这个工作室", null, "在任"))));

		Browser browser = browser(Browser.PHONE).signIn(fixtures.user(Role.OFFICE), TestUsers.PASSWORD);
		browser.go("/roster/representatives/import");
		browser.find(By.id("file")).sendKeys(upload.toString());
		browser.find(By.id("import-submit")).click();

		WebElement errors = browser.find(By.id("import-errors"));
		List<List<String>> rows = errors.findElements(By.cssSelector("tbody tr"))
			.stream()
			.map(tr -> tr.findElements(By.tagName("td")).stream().map(td -> td.getAttribute("textContent").strip()).toList())
			.toList();
		assertThat(rows).extracting(r -> r.get(0)).containsOnly("3");
		assertThat(rows).extracting(r -> r.get(1)).contains("性别", "联系电话", "挂点社区工作室");
		assertThat(representatives.all(new RepresentativeFilter(fixtures.district, community.id(), null, null)))
			.as("nothing is imported while any row is wrong")
			.isEmpty();
	}

	@Test
	void aCorrectSheetImportsEveryRow() throws IOException {
		Workstation community = fixtures.community();
		Files.write(upload, Workbooks.sheet(Workbooks.HEADERS, List.of(
				Workbooks.row(Fixtures.unique("甲"), "男", "某单位", "主任", Fixtures.phone(), "某选区", "第六届", community.name(), null, "在任"),
				Workbooks.row(Fixtures.unique("乙"), "女", "某单位", "主任", Fixtures.phone(), "某选区", "第六届", community.name(), null, "在任"))));

		Browser browser = browser(Browser.DESKTOP).signIn(fixtures.user(Role.OFFICE), TestUsers.PASSWORD);
		browser.go("/roster/representatives/import");
		browser.find(By.id("file")).sendKeys(upload.toString());
		browser.find(By.id("import-submit")).click();

		browser.await().until(d -> !d.getCurrentUrl().endsWith("/import"));
		assertThat(representatives.all(new RepresentativeFilter(fixtures.district, community.id(), null, null))).hasSize(2);
	}
}
