package org.ducha.deploy.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium and its driver ({@code apt-get install chromium
 * chromium-driver}; {@code .ci/run} installs both). Selenium is pointed at the two
 * binaries so that its manager never tries to download a browser. Where they are absent
 * the browser tests are skipped with that message — and CI fails on any skipped test.
 */
final class Chromium {

	static final Path BROWSER = Path.of(System.getProperty("ducha.chromium", "/usr/bin/chromium"));

	static final Path DRIVER = Path.of(System.getProperty("ducha.chromedriver", "/usr/bin/chromedriver"));

	private Chromium() {
	}

	/**
	 * Skips the calling test, with the reason, when the browser or its driver is missing.
	 */
	static void assumeInstalled() {
		Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER), () -> "Browser tests need "
				+ BROWSER + " and " + DRIVER + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
	}

	/** A new browser window, desktop-sized or phone-sized. */
	static ChromeDriver start(boolean phone) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BROWSER.toFile());
		// root in CI has no user namespace sandbox; /dev/shm is small in containers
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--lang=zh-CN", "--no-first-run", "--disable-extensions", "--password-store=basic",
				phone ? "--window-size=390,844" : "--window-size=1366,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return driver;
	}

}
