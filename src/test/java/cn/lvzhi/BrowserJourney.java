package cn.lvzhi;

import org.junit.jupiter.api.AfterAll;
import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser journeys against the running application: one Chromium per test class
 * (started on first use), reset between tests so that each starts signed out.
 */
public abstract class BrowserJourney {

	private static Browser shared;

	@LocalServerPort
	protected int port;

	/** The browser, signed out, with a window of the given size. */
	protected Browser browser(Dimension size) {
		if (shared == null) {
			shared = Browser.open(port, size);
		}
		return shared.reset(size);
	}

	@AfterAll
	static void closeBrowser() {
		if (shared != null) {
			shared.close();
			shared = null;
		}
	}
}
