package cn.lvzhi;

import org.openqa.selenium.Dimension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser journeys against the running application: one Chromium for the whole test run
 * (started on first use, closed when the JVM ends), reset before each use so that each test
 * starts signed out, on its own application's port, with no console messages of earlier pages.
 * Starting Chromium once instead of once per class keeps the suite fast.
 */
public abstract class BrowserJourney {

	private static Browser shared;

	@LocalServerPort
	protected int port;

	/** The browser, signed out, with a window of the given size. */
	protected Browser browser(Dimension size) {
		return shared(port, size).reset(port, size);
	}

	private static synchronized Browser shared(int port, Dimension size) {
		if (shared == null) {
			Browser opened = Browser.open(port, size);
			Runtime.getRuntime().addShutdownHook(new Thread(opened::close, "close-chromium"));
			shared = opened;
		}
		return shared;
	}
}
