package org.ducha.deploy.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.ducha.deploy.keycloak.DemoRealm;
import org.ducha.deploy.keycloak.Totp;

/**
 * One person's browser on the gateway: signs in through Keycloak's own page and works the
 * UI by its {@code data-test} hooks (the contract listed at the top of
 * {@code ui/app.js}), waiting for what the page renders rather than sleeping. Screenshots
 * go under {@code target/screenshots/} for review. A browser kept by
 * {@link SignedInBrowsers} outlives the test that closes it.
 */
final class UiBrowser implements AutoCloseable {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	/**
	 * How often a wait looks again: a look is one call to the driver (a few
	 * milliseconds), and Selenium's default of half a second added up to minutes over the
	 * suite.
	 */
	private static final Duration LOOK_EVERY = Duration.ofMillis(100);

	private final ChromeDriver driver;

	private final String gateway;

	/** The pool this browser goes back to when a test closes it, or null. */
	private SignedInBrowsers keeper;

	private String account;

	private UiBrowser(ChromeDriver driver, String gateway) {
		this.driver = driver;
		this.gateway = gateway;
	}

	static UiBrowser open(String gateway) {
		return new UiBrowser(Chromium.start(false), gateway);
	}

	static UiBrowser phone(String gateway) {
		return new UiBrowser(Chromium.start(true), gateway);
	}

	/** Signs in with a demo account through the gateway and Keycloak's sign-in page. */
	UiBrowser signIn(String username) {
		return signIn(null, username);
	}

	/** The same through a level's own provider: its button, then its sign-in page. */
	UiBrowser signIn(String provider, String username) {
		this.driver.get(this.gateway + "/");
		click("sign-in");
		if (provider != null) {
			waitFor(By.id("social-" + provider)).click();
		}
		WebElement name = waitFor(By.id("username"));
		name.sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(DemoRealm.PASSWORD);
		this.driver.findElement(By.id("kc-login")).click();
		WebDriverWait wait = waiting(PATIENCE);
		boolean secondFactor = wait.withMessage(() -> "back at the gateway, or a one-time code asked, for " + username)
			.until((driver) -> (driver.getCurrentUrl().startsWith(this.gateway) && !find("whoami").isEmpty())
					|| !driver.findElements(By.id("otp")).isEmpty() ? Boolean.TRUE : null)
				&& !this.driver.findElements(By.id("otp")).isEmpty();
		if (secondFactor) {
			// the three administrators (三员分立) give the demo realm's TOTP code
			this.driver.findElement(By.id("otp")).sendKeys(Totp.code(DemoRealm.OTP_SECRET, Instant.now()));
			this.driver.findElement(By.id("kc-login")).click();
		}
		wait.withMessage(() -> "back at the gateway signed in as " + username)
			.until((driver) -> driver.getCurrentUrl().startsWith(this.gateway) && !find("whoami").isEmpty());
		this.account = username;
		return this;
	}

	/**
	 * Hands this signed-in browser to a pool: closing it then gives it back for the
	 * account's next test instead of quitting Chromium.
	 */
	UiBrowser keptBy(SignedInBrowsers keeper) {
		this.keeper = keeper;
		return this;
	}

	String account() {
		return this.account;
	}

	/**
	 * Loads the app afresh from the gateway, as a sign-in leaves it: a full page load, so
	 * nothing of the last test's page survives but the session's cookie (the language
	 * chosen, kept in local storage, is forgotten as a new browser would not know it).
	 * @return whether the gateway's session still holds (the who-am-I block shown)
	 */
	boolean reload() {
		try {
			if (this.driver.getCurrentUrl().startsWith(this.gateway)) {
				((JavascriptExecutor) this.driver).executeScript("window.localStorage.clear()");
			}
			this.driver.get(this.gateway + "/");
			waiting(PATIENCE)
				.until((driver) -> driver.getCurrentUrl().startsWith(this.gateway) && !find("whoami").isEmpty());
			return true;
		}
		catch (WebDriverException ex) {
			return false;
		}
	}

	void signOut() {
		click("sign-out");
		element("sign-in");
	}

	/** Opens a route of the single-page app ({@code tasks/42} → {@code /#/tasks/42}). */
	UiBrowser go(String route) {
		this.driver.get(this.gateway + "/#/" + route);
		((JavascriptExecutor) this.driver).executeScript("window.dispatchEvent(new HashChangeEvent('hashchange'))");
		return this;
	}

	/** The visible element with this {@code data-test} hook, waiting for it. */
	WebElement element(String test) {
		return waitFor(By.cssSelector(selector(test)));
	}

	/** Every element with this hook now present (none when there is none). */
	List<WebElement> find(String test) {
		return this.driver.findElements(By.cssSelector(selector(test)));
	}

	/** Elements with this hook, waiting until at least one meets the condition. */
	List<WebElement> awaitAll(String test, Predicate<List<WebElement>> condition, String what) {
		return waiting(PATIENCE).withMessage(() -> what + " (hook " + test + ")").until((driver) -> {
			List<WebElement> found = find(test);
			return condition.test(found) ? found : null;
		});
	}

	void click(String test) {
		WebElement element = waiting(PATIENCE).withMessage(() -> "a clickable " + selector(test))
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector(selector(test))));
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/**
	 * Scrolls the element with this hook into the middle of the window (for a
	 * screenshot).
	 */
	void reveal(String test) {
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element(test));
	}

	/** Whether the element with this hook is wholly inside the window as scrolled now. */
	boolean inView(String test) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.driver).executeScript(
				"const box = arguments[0].getBoundingClientRect();"
						+ " return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;",
				element(test)));
	}

	/** Opens an assignment's page, signs it (签收) and waits until it shows SIGNED. */
	void signAssignment(String assignmentId) {
		go("assignments/" + assignmentId);
		click("assignment-sign");
		awaitStatus("assignment-status", "SIGNED");
	}

	/** Accepts the confirmation the page asks for ({@code window.confirm}). */
	void confirm() {
		waiting(PATIENCE).until(ExpectedConditions.alertIsPresent()).accept();
	}

	void type(String test, String text) {
		WebElement element = element(test);
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Sets a date input (its value is yyyy-MM-dd whatever the browser's locale shows).
	 */
	void date(String test, String isoDate) {
		WebElement element = element(test);
		((JavascriptExecutor) this.driver).executeScript(
				"arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
						+ " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
				element, isoDate);
	}

	void select(String test, String value) {
		waiting(PATIENCE).withMessage(() -> "option " + value + " in " + selector(test))
			.until((driver) -> !element(test).findElements(By.cssSelector("option[value='" + value + "']")).isEmpty());
		new Select(element(test)).selectByValue(value);
	}

	/** Waits until the element's text meets the condition and returns it. */
	String awaitText(String test, Predicate<String> condition, String what) {
		return waiting(PATIENCE).withMessage(() -> what + " (hook " + test + ")").until((driver) -> {
			List<WebElement> found = find(test);
			String text = found.isEmpty() ? null : found.get(0).getText().strip();
			return (text != null && condition.test(text)) ? text : null;
		});
	}

	/** Waits until the element's {@code data-status} is one of these codes. */
	String awaitStatus(String test, String... codes) {
		List<String> wanted = List.of(codes);
		return waiting(PATIENCE).withMessage(() -> test + " to become one of " + wanted).until((driver) -> {
			List<WebElement> found = find(test);
			String status = found.isEmpty() ? null : found.get(0).getDomAttribute("data-status");
			return (status != null && wanted.contains(status)) ? status : null;
		});
	}

	/** The global message when it reports an error, else null. */
	String error() {
		List<WebElement> message = find("message");
		return (!message.isEmpty() && message.get(0).isDisplayed()
				&& "error".equals(message.get(0).getDomAttribute("data-kind"))) ? message.get(0).getText() : null;
	}

	String text(String test) {
		return element(test).getText().strip();
	}

	String currentUrl() {
		return this.driver.getCurrentUrl();
	}

	/** Chooses a file of the local disk in a file input. */
	void upload(String test, Path file) {
		WebElement input = waitFor(By.cssSelector(selector(test)));
		input.sendKeys(file.toAbsolutePath().toString());
	}

	/** The element with this hook inside another (a row's own button or input). */
	static WebElement within(WebElement parent, String test) {
		return parent.findElement(By.cssSelector(selector(test)));
	}

	/**
	 * Opens a route again until its elements show what another node has still to
	 * replicate: the pages load their data once and do not poll.
	 */
	List<WebElement> reloadUntil(String route, String test, Predicate<List<WebElement>> condition, String what) {
		int[] loads = { 0 };
		return waiting(PATIENCE.multipliedBy(2)).withMessage(() -> what + " (hook " + test + " on " + route + ")")
			.until((driver) -> {
				go(route);
				// what replicates in well under a second is seen on the second load, not
				// after five seconds; a page slow to render under load gets longer each
				// time
				loads[0]++;
				try {
					return waiting(Duration.ofSeconds(Math.min(loads[0], 5))).until((again) -> {
						List<WebElement> found = find(test);
						return condition.test(found) ? found : null;
					});
				}
				catch (TimeoutException ex) {
					return null;
				}
			});
	}

	/**
	 * Fetches an address with the browser's session, as following a download link would:
	 * its status, {@code Content-Type}, length in bytes and text.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> fetch(String href) {
		return (Map<String, Object>) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
					.then(async (response) => {
						const bytes = new Uint8Array(await response.arrayBuffer());
						done({ status: response.status, type: response.headers.get('Content-Type') || '',
							size: bytes.length, text: new TextDecoder().decode(bytes) });
					})
					.catch((error) => done({ status: 0, type: '', size: 0, text: String(error) }));
				""", href);
	}

	/** Fetches a file with the browser's session, as following a download link would. */
	Download download(String href) {
		String answer = (String) ((JavascriptExecutor) this.driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' }).then(async (response) => {
					const bytes = new Uint8Array(await response.arrayBuffer());
					let binary = '';
					bytes.forEach((b) => { binary += String.fromCharCode(b); });
					done(response.status + ' ' + (response.headers.get('Content-Type') || '-') + ' ' + btoa(binary));
				}).catch((error) => done('0 - '));
				""", href);
		String[] parts = answer.split(" ", 3);
		return new Download(Integer.parseInt(parts[0]), parts[1], Base64.getDecoder().decode(parts[2]));
	}

	/** A file fetched with the browser's session: HTTP status, Content-Type, body. */
	record Download(int status, String type, byte[] bytes) {
	}

	/** Writes what the window shows now to {@code target/screenshots/<name>.png}. */
	void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = this.driver.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the screenshot " + name, ex);
		}
	}

	private WebElement waitFor(By by) {
		try {
			return waiting(PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(by));
		}
		catch (TimeoutException ex) {
			throw new TimeoutException("Not shown within " + PATIENCE + ": " + by + " on " + currentUrl()
					+ "\nmessage on the page: " + pageMessage(), ex);
		}
	}

	private String pageMessage() {
		List<WebElement> message = find("message");
		return message.isEmpty() ? "(none)" : message.get(0).getText();
	}

	private static String selector(String test) {
		return "[data-test='" + test + "']";
	}

	private WebDriverWait waiting(Duration patience) {
		return new WebDriverWait(this.driver, patience, LOOK_EVERY);
	}

	/**
	 * Gives a kept browser back to its pool (a confirmation left open by a failed test
	 * dismissed), else quits Chromium.
	 */
	@Override
	public void close() {
		if (this.keeper == null) {
			quit();
			return;
		}
		try {
			this.driver.switchTo().alert().dismiss();
		}
		catch (NoAlertPresentException ex) {
			// the usual case: nothing left open
		}
		catch (WebDriverException ex) {
			// Chromium gone: nothing to give back
			quit();
			return;
		}
		this.keeper.giveBack(this);
	}

	void quit() {
		this.driver.quit();
	}

}
