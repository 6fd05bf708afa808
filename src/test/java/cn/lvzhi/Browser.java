package cn.lvzhi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven by Selenium, for
 * end-to-end tests of the pages. Nothing is downloaded: the browser and driver must be
 * installed ({@code .ci/run} does it); where they are not, the tests are skipped and say why.
 */
public final class Browser implements AutoCloseable {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

	/** A phone screen (CSS pixels), since many users work on one. */
	public static final Dimension PHONE = new Dimension(390, 844);

	public static final Dimension DESKTOP = new Dimension(1280, 900);

	private final WebDriver driver;

	private String baseUrl;

	private final Path profile;

	private Browser(WebDriver driver, String baseUrl, Path profile) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.profile = profile;
	}

	/** Opens a browser against the application on {@code port}; skips the test without Chromium. */
	public static Browser open(int port, Dimension size) {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
				"Browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver); skipped");
		Path profile;
		try {
			profile = Files.createTempDirectory("lvzhi-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-default-browser-check",
				"--lang=zh-CN", "--user-data-dir=" + profile,
				"--window-size=" + size.getWidth() + "," + size.getHeight());
		// Keep what pages write to the console, so that tests can check for script errors.
		options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
		var driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(size);
		return new Browser(driver, "http://localhost:" + port, profile);
	}

	/**
	 * Starts afresh for the next test of a class that shares one browser: no cookies (so no
	 * session), the given window size. Starting Chromium once per class keeps the suite fast.
	 */
	public Browser reset(Dimension size) {
		driver.manage().deleteAllCookies();
		consoleErrors(); // what earlier pages wrote is not this test's
		driver.manage().window().setSize(size);
		driver.get("about:blank");
		// Headless Chromium applies a new window size a moment later; a page laid out before
		// that is clicked at the wrong places.
		await().until(d -> Long.valueOf(size.getWidth())
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.innerWidth;")));
		return this;
	}

	/** {@link #reset(Dimension)} against the application on {@code port} (another test context). */
	public Browser reset(int port, Dimension size) {
		baseUrl = "http://localhost:" + port;
		return reset(size);
	}

	public WebDriver driver() {
		return driver;
	}

	public Browser go(String path) {
		driver.get(baseUrl + path);
		return this;
	}

	public WebElement find(By by) {
		return await().until(ExpectedConditions.visibilityOfElementLocated(by));
	}

	/**
	 * Clicks like a person: brings the element to the middle of the screen and clicks it with
	 * the pointer.
	 */
	public Browser click(By by) {
		return click(find(by));
	}

	/** Clicks an element found otherwise (one row among many), like {@link #click(By)}. */
	public Browser click(WebElement element) {
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
				element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException pointerMissed) {
			// Headless Chromium sometimes places a phone-sized page's pointer target outside the
			// area it reports as visible; the element itself is there and enabled, so it is
			// clicked directly (the form is submitted exactly as by a pointer).
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
		}
		return this;
	}

	/** The text of an element that is present, whether or not it is shown (a folded menu). */
	public String textOf(By by) {
		return await().until(ExpectedConditions.presenceOfElementLocated(by)).getAttribute("textContent").strip();
	}

	public WebDriverWait await() {
		return new WebDriverWait(driver, Duration.ofSeconds(10));
	}

	/** Signs in through the login page and waits until the application has answered. */
	public Browser signIn(String username, String password) {
		go("/login");
		type(By.id("username"), username);
		type(By.id("password"), password);
		driver.findElement(By.id("login-submit")).click();
		// Wait for the answer (home, or the login page with an error) before anything else, so
		// that the next navigation cannot overtake the sign-in.
		await().until(d -> !d.getCurrentUrl().equals(baseUrl + "/login"));
		return this;
	}

	public Browser type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * The errors the pages wrote to the browser's console since the last call: script errors,
	 * resources that failed to load, content-security-policy violations.
	 */
	public java.util.List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(org.openqa.selenium.logging.LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(org.openqa.selenium.logging.LogEntry::getMessage)
			.toList();
	}

	public String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a leftover temporary profile is harmless
		}
	}
}
