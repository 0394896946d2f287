package vn.dangvu.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import vn.dangvu.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser tests: the application on a random port, driven by Playwright in Debian's
 * Chromium ({@code /usr/bin/chromium}). Screenshots of each test are kept under
 * {@code target/screenshots/} as artefacts. Without Chromium the tests are skipped,
 * unless {@code DANGVU_REQUIRE_BROWSER=true} (CI) makes that a failure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Config.class)
public abstract class BrowserTestBase {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

	/** The phone the pages must work on: 390×844 CSS pixels. */
	protected static final int PHONE_WIDTH = 390;

	protected static final int PHONE_HEIGHT = 844;

	protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

	/**
	 * axe-core from its test WebJar, served by the application under {@code /webjars}.
	 */
	private static final String AXE = "/webjars/axe-core/4.6.3/axe.min.js";

	private static final String AXE_RUN = """
			async () => {
			  const result = await axe.run(document, { resultTypes: ['violations'] });
			  return result.violations
			    .filter(v => v.impact === 'serious' || v.impact === 'critical')
			    .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')
			      + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 160)).join(' | '));
			}""";

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	private String testName;

	@BeforeAll
	static void launchBrowser() {
		boolean present = Files.isExecutable(CHROMIUM);
		if (!present && "true".equals(System.getenv("DANGVU_REQUIRE_BROWSER"))) {
			throw new IllegalStateException("Chromium is required but missing at " + CHROMIUM);
		}
		Assumptions.assumeTrue(present, "Chromium not installed at " + CHROMIUM + "; browser tests skipped");
		playwright = Playwright.create();
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-dev-shm-usage", "--disable-component-update", "--no-first-run", "--lang=vi-VN")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@BeforeEach
	void openPage(TestInfo info) {
		this.testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
				+ info.getTestMethod().map((m) -> m.getName()).orElse("method");
		this.context = browserInLocale("vi-VN");
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	/**
	 * The shared browser, for a test that needs a context of its own (size, language).
	 */
	protected static Browser browser() {
		return browser;
	}

	/** A fresh browser context at desktop size whose language is {@code locale}. */
	protected BrowserContext browserInLocale(String locale) {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 900).setLocale(locale));
	}

	/** A fresh browser context at phone size (390×844), in Vietnamese. */
	protected BrowserContext phoneContext() {
		return browser
			.newContext(new Browser.NewContextOptions().setViewportSize(PHONE_WIDTH, PHONE_HEIGHT).setLocale("vi-VN"));
	}

	/** Replaces this test's context and page by fresh ones at phone size. */
	protected void usePhone() {
		this.context.close();
		this.context = phoneContext();
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	/**
	 * Asserts that the page does not scroll sideways on a phone, naming the last elements
	 * of the main part that stick out when it does.
	 */
	protected void fitsThePhoneScreen() {
		Number width = (Number) this.page.evaluate("() => document.documentElement.scrollWidth");
		Object wide = this.page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('main *'))
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length)
						  .slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
						  .join(', ')""");
		assertThat(width.intValue()).as("page width on " + this.page.url() + "; too wide: " + wide)
			.isLessThanOrEqualTo(PHONE_WIDTH);
	}

	/**
	 * Asserts that the control is visible and lies within the phone's width, reachable
	 * without scrolling sideways.
	 */
	protected void onThePhoneScreen(Locator control) {
		PlaywrightAssertions.assertThat(control).isVisible();
		BoundingBox box = control.boundingBox();
		assertThat(box.x).as("left edge of " + control).isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("right edge of " + control).isLessThanOrEqualTo(PHONE_WIDTH);
	}

	@AfterEach
	void closePage() {
		if (this.page != null) {
			screenshot("final");
		}
		if (this.context != null) {
			this.context.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** Signs in through the login form as one of the demo accounts (password demo123). */
	protected void signIn(String username) {
		signIn(this.page, username);
	}

	/**
	 * Signs in on another page (of a second context: a second person at their own
	 * computer) as one of the demo accounts.
	 */
	protected void signIn(Page on, String username) {
		on.navigate(url("/login"));
		on.locator("input[name=username]").fill(username);
		on.locator("input[name=password]").fill("demo123");
		on.locator("form button[type=submit]").first().click();
		on.waitForURL((u) -> !u.contains("/login"));
	}

	/** Signs in as one of the demo accounts and opens the page at the path. */
	protected void openAs(String username, String path) {
		signIn(username);
		this.page.navigate(url(path));
	}

	/** Types the text into the field the selector finds. */
	protected void fill(String selector, String text) {
		this.page.locator(selector).fill(text);
	}

	/**
	 * Adds to {@code problems} every Content-Security-Policy violation the browser
	 * reports on this page from now on, and every script error, each after {@code prefix}
	 * and the address of the page.
	 */
	protected void watchForPolicyViolations(String prefix, List<String> problems) {
		this.page.onConsoleMessage((m) -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
				problems.add(prefix + this.page.url() + ": " + m.text());
			}
		});
		this.page.onPageError((e) -> problems.add(prefix + this.page.url() + ": " + e));
	}

	/**
	 * The serious and critical findings of axe-core on the page as it is now. axe-core is
	 * loaded from this server, so the page's policy allows it as it is (no policy
	 * bypassed).
	 */
	@SuppressWarnings("unchecked")
	protected List<String> seriousAxeViolations() {
		this.page.addScriptTag(new Page.AddScriptTagOptions().setUrl(url(AXE)));
		return ((List<Object>) this.page.evaluate(AXE_RUN)).stream().map(String::valueOf).toList();
	}

	protected void screenshot(String step) {
		try {
			Files.createDirectories(SCREENSHOTS);
			this.page.screenshot(
					new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(this.testName + "-" + step + ".png"))
						.setFullPage(true));
		}
		catch (Exception ex) {
			// A failed screenshot must not hide the test's own result.
		}
	}

}
