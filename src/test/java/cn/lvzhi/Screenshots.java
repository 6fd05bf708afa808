package cn.lvzhi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.boot.SpringApplication;

/**
 * Makes the screenshots of {@code docs/screenshots/} from the demo: starts the application with
 * the {@code demo} profile on a fresh database under {@code target/}, signs in as each demo user
 * in a real headless Chromium and saves what each page shows. Not a test; run it with
 * <pre>./mvnw -B -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test -Dexec.mainClass=cn.lvzhi.Screenshots</pre>
 * (Debian's chromium and chromium-driver must be installed); {@code -Dexec.args="office-proposal"} makes only
 * the shots whose file name starts so.
 */
public final class Screenshots {

	private static final String PASSWORD = "Lvzhi-Demo-2026";

	/** One screenshot: who (null: nobody), where, the file name, and the screen. */
	record Shot(String user, String path, String file, Dimension size) {
	}

	static final List<Shot> SHOTS = List.of(
			new Shot(null, "/login", "login", Browser.PHONE),
			new Shot("office", "/publications", "office-publications", Browser.DESKTOP),
			new Shot("office", "/publications/3", "office-publication-q3", Browser.DESKTOP),
			new Shot("evaluation", "/evaluation", "group-inbox", Browser.DESKTOP),
			new Shot("evaluation", "/evaluation/reviews/1", "group-review-decision", Browser.DESKTOP),
			new Shot("rep", "/reviews/mine", "representative-reviews", Browser.PHONE),
			new Shot("rep", "/points", "representative-points", Browser.PHONE),
			new Shot("evaluation", "/evaluation/year-end", "group-year-end", Browser.DESKTOP),
			new Shot("office", "/dashboards", "office-dashboards", Browser.DESKTOP),
			new Shot(null, "/public/publications", "public-lists", Browser.PHONE),
			new Shot(null, "/public/publications/3", "public-list-q3", Browser.PHONE),
			new Shot(null, "/public/feedback", "public-feedback", Browser.PHONE),
			new Shot("rep", "/proposals/mine", "representative-proposals", Browser.PHONE),
			new Shot("rep", "/proposals/1", "representative-proposal-motion", Browser.PHONE),
			new Shot("office", "/proposals", "office-proposals", Browser.DESKTOP),
			new Shot("office", "/proposals/new", "office-proposal-register", Browser.DESKTOP),
			new Shot("staff", "/appeals/new", "staff-appeal-new", Browser.PHONE),
			new Shot("staff", "/appeals", "staff-appeals", Browser.DESKTOP),
			new Shot("rep", "/appeals/1", "representative-appeal-proxy", Browser.PHONE),
			new Shot("rep", "/appeals/7", "representative-appeal-reopen", Browser.PHONE),
			new Shot("office", "/", "office-home", Browser.DESKTOP),
			new Shot("office", "/appeals?overdue=true", "office-appeals-flagged", Browser.DESKTOP),
			new Shot("office", "/appeals/6", "office-appeal-rated", Browser.DESKTOP));

	private Screenshots() {
	}

	public static void main(String[] args) throws IOException, InterruptedException {
		Path data = Path.of("./target/screenshots-data");
		if (Files.exists(data)) {
			try (var files = Files.walk(data)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		Path out = Path.of("docs/screenshots");
		Files.createDirectories(out);
		var application = new SpringApplication(LvzhiApplication.class);
		application.setAdditionalProfiles("demo");
		try (var context = application.run("--server.port=0", "--lvzhi.data-dir=" + data,
				"--spring.main.banner-mode=off", "--logging.level.root=WARN")) {
			int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
			try (Browser browser = Browser.open(port, Browser.DESKTOP)) {
				for (Shot shot : SHOTS) {
					if (args.length > 0 && java.util.Arrays.stream(args).noneMatch(shot.file()::startsWith)) {
						continue; // only the shots named (by the start of their file name)
					}
					browser.reset(shot.size());
					if (shot.user() != null) {
						browser.signIn(shot.user(), PASSWORD);
					}
					browser.go(shot.path());
					var js = (org.openqa.selenium.JavascriptExecutor) browser.driver();
					browser.await().until(d -> "complete".equals(js.executeScript("return document.readyState"))
							&& Boolean.TRUE.equals(js.executeScript(
									"return document.querySelectorAll('[data-chart-state=loading]').length === 0")));
					if (Boolean.TRUE.equals(js.executeScript("return document.querySelector('[data-chart-state]') !== null"))) {
						// not a test: let ECharts finish its opening animation so the picture shows the chart
						Thread.sleep(1500);
					}
					Path png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
					Files.copy(png, out.resolve(shot.file() + ".png"), StandardCopyOption.REPLACE_EXISTING);
					System.out.println("docs/screenshots/" + shot.file() + ".png  ← " + shot.path());
				}
				ratingLink(browser, out);
			}
		}
	}

	/**
	 * The one-time rating link of the demo's resolved appeal (No. 5): the staff's page right after
	 * making it, and the constituent's page it opens on a phone.
	 */
	private static void ratingLink(Browser browser, Path out) throws IOException {
		browser.reset(Browser.DESKTOP);
		browser.signIn("staff", PASSWORD);
		browser.go("/appeals/5");
		browser.click(org.openqa.selenium.By.id("rating-link-submit"));
		String link = browser.find(org.openqa.selenium.By.id("rating-link-url")).getAttribute("value");
		save(browser, out, "staff-appeal-rating-link");
		browser.reset(Browser.PHONE);
		browser.driver().get(link);
		browser.find(org.openqa.selenium.By.id("rating-form"));
		save(browser, out, "constituent-rating");
	}

	private static void save(Browser browser, Path out, String file) throws IOException {
		Path png = ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(png, out.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
		System.out.println("docs/screenshots/" + file + ".png");
	}
}
