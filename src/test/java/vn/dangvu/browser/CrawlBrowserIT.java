package vn.dangvu.browser;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.dangvu.crawl.Crawler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One walk in Chromium per demo role, signed in once, over every kind of page the role
 * reaches from home (each opened once) and the main pages of the role. Every page it
 * opens is checked three ways, and each problem names the role and the page:
 * <ul>
 * <li><b>phone</b> (390×844, decision 0181): no page is wider than the screen and every
 * primary action (a primary or submit button) lies inside it, so that it can be tapped
 * without scrolling sideways;</li>
 * <li><b>Content-Security-Policy</b> (decision 0168): the page carries the policy
 * (scripts only from this server, no eval) and its companion headers, loads without a
 * single violation or script error, and htmx still loads its fragments (the reminder
 * counter of every page);</li>
 * <li><b>accessibility</b> (decision 0181): on the main pages of the role
 * ({@link #AXE_PAGES} and the first unit, person and directive of the lists, with its
 * tracking board), axe-core at desktop size (1366×900) finds no serious or critical
 * violation.</li>
 * </ul>
 * A new page is covered as soon as a link reaches it; a new main page goes into
 * {@link #AXE_PAGES}.
 */
class CrawlBrowserIT extends BrowserTestBase {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

	/**
	 * The main pages: each is opened for every role and checked under the policy if the
	 * role may see it.
	 */
	private static final List<String> MAIN_PAGES = List.of("/", "/units", "/people", "/membership",
			"/membership/statistics", "/membership/dues", "/membership/youth", "/membership/union", "/directives",
			"/reminders", "/notifications", "/tokens", "/accounts", "/audit", "/rules", "/meetings",
			"/meetings/oversight", "/me/meetings");

	private static final List<String> AXE_COMMON = List.of("/", "/people", "/directives", "/reminders",
			"/notifications", "/tokens");

	/** The pages axe-core checks for each role, besides {@link #AXE_COMMON}. */
	private static final Map<String, List<String>> AXE_PAGES = Map.of("admin",
			List.of("/units", "/accounts", "/audit", "/rules", "/rules/calendar", "/membership", "/people/new",
					"/directives/new", "/directives/documents", "/directives/documents/new", "/notifications/outbox",
					"/meetings/oversight"),
			"vanphong",
			List.of("/units", "/rules", "/rules/calendar?year=2026", "/audit", "/membership", "/membership/dues",
					"/membership/probation", "/membership/transfers", "/directives/documents", "/meetings",
					"/meetings/oversight"),
			"bithu.cautreo",
			List.of("/units", "/membership", "/membership/dues", "/membership/statistics", "/directives/documents",
					"/meetings"),
			"congdoan", List.of("/units", "/membership/union", "/membership/union/dues"), "doanthanhnien",
			List.of("/units", "/membership/youth"), "dangvien", List.of("/me/meetings"));

	/**
	 * The lists whose first record axe-core checks too: the list, and the pattern of its
	 * records' links.
	 */
	private static final Map<String, String> FIRST_RECORDS = Map.of("/units", "^/units/\\d+$", "/people",
			"^/people/\\d+$", "/directives", "^/directives/\\d+$", "/notifications", "^/notifications/\\d+$",
			"/notifications/outbox", "^/notifications/outbox/\\d+$");

	/** Widest point of the page and the primary actions that stick out of the screen. */
	static final String MEASURE = """
			() => {
			  const w = window.innerWidth;
			  const out = [];
			  for (const b of document.querySelectorAll('.btn-primary, button[type=submit], input[type=submit]')) {
			    const r = b.getBoundingClientRect();
			    const style = getComputedStyle(b);
			    if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
			    if (b.closest('.dropdown-menu, .modal, .offcanvas, .collapse:not(.show), [hidden]')) continue;
			    if (r.left < -1 || r.right > w + 1) out.push((b.innerText || b.value || b.name || b.className).trim().slice(0, 40) + ' @' + Math.round(r.left) + '..' + Math.round(r.right));
			  }
			  return { width: document.documentElement.scrollWidth, inner: w, outside: out };
			}
			""";

	/**
	 * htmx has replaced the reminder counter it loads on every page, and no request of it
	 * is under way.
	 */
	private static final String HTMX_DONE = "() => !document.querySelector(\"[hx-get*='/reminders/count']\")"
			+ " && !document.querySelector('.htmx-request')";

	private final List<String> problems = new ArrayList<>();

	/**
	 * The demo roles, or those named in {@code -Ddangvu.crawl.roles=admin,dangvien} to
	 * walk only them while working on their pages.
	 */
	static Stream<String> roles() {
		String only = System.getProperty("dangvu.crawl.roles", "");
		return Stream.of("admin", "vanphong", "bithu.cautreo", "congdoan", "doanthanhnien", "dangvien")
			.filter((role) -> only.isBlank() || List.of(only.split(",")).contains(role));
	}

	@ParameterizedTest
	@MethodSource("roles")
	void everyPageFitsAPhoneRunsUnderThePolicyAndMainPagesPassAxe(String username) {
		this.context.close();
		this.context = browser().newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("vi-VN"));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
		watchForPolicyViolations(username + " ", this.problems);
		signIn(username);

		List<String> pages = new ArrayList<>(reachablePages());
		assertThat(pages).as("pages reached by " + username).hasSizeGreaterThan(3);
		Set<String> axePages = new LinkedHashSet<>(AXE_COMMON);
		axePages.addAll(AXE_PAGES.get(username));
		Set<String> toVisit = new LinkedHashSet<>(pages);
		toVisit.addAll(MAIN_PAGES);
		toVisit.addAll(axePages);
		List<String> visits = new ArrayList<>(toVisit);
		int scanned = 0;
		for (int i = 0; i < visits.size(); i++) {
			String path = visits.get(i);
			boolean axe = axePages.contains(path);
			this.page.setViewportSize(WIDTH, HEIGHT);
			Response response = this.page.navigate(url(path));
			int status = (response == null) ? 0 : response.status();
			if (status != 200) {
				if (axe || pages.contains(path) || status >= 500) {
					this.problems
						.add(username + " " + path + ": answered " + ((response == null) ? "nothing" : status));
				}
				continue; // a main page of other roles (refused, never failing)
			}
			underThePolicy(username, path, response);
			fitsAPhone(username, path);
			String list = FIRST_RECORDS.get(path);
			if (list != null) {
				for (String record : firstRecord(list)) {
					if (axePages.add(record) && !visits.contains(record)) {
						visits.add(record);
					}
				}
			}
			if (axe) {
				this.page.setViewportSize(1366, 900);
				menuOnOneLine(username, path);
				openTheTreeIfAny();
				axeFindsNothingSerious(username, path);
				scanned++;
			}
		}
		screenshot("last");
		assertThat(scanned).as("main pages of " + username + " checked by axe-core " + axePages)
			.isEqualTo(axePages.size());
		assertThat(this.problems)
			.as(username + " on " + visits.size() + " pages (phone " + WIDTH + "×" + HEIGHT + ", "
					+ "Content-Security-Policy, " + scanned + " by axe-core)")
			.isEmpty();
	}

	/**
	 * At a laptop's width (1366 px) the menu bar keeps every entry of the role on one
	 * line: a bar of two lines pushes every page down and is the first sign of a menu
	 * grown too long.
	 */
	private void menuOnOneLine(String username, String path) {
		Number lines = (Number) this.page.evaluate("""
				() => new Set([...document.querySelectorAll('.dv-navbar .navbar-collapse > ul > li')]
				  .map((li) => Math.round(li.getBoundingClientRect().top))).size""");
		Number tallest = (Number) this.page.evaluate("""
				() => Math.max(...[...document.querySelectorAll('.dv-navbar .navbar-collapse > ul > li > .nav-link')]
				  .map((a) => a.getBoundingClientRect().height))""");
		Number bar = (Number) this.page
			.evaluate("() => document.querySelector('.dv-navbar').getBoundingClientRect().height");
		if (lines.intValue() > 1 || tallest.doubleValue() > 48 || bar.doubleValue() > 64) {
			this.problems.add(username + " " + path + ": the menu takes " + lines
					+ " lines at 1366 px, its tallest entry " + tallest + " px, the bar " + bar + " px");
		}
	}

	/**
	 * The whole pages the role reaches from home, each kind once, fetched with the
	 * browser's session but without rendering them.
	 */
	private List<String> reachablePages() {
		Crawler crawler = new Crawler(1, (path) -> {
			APIResponse r = this.context.request().get(url(path), RequestOptions.create().setMaxRedirects(0));
			String type = r.headers().getOrDefault("content-type", "");
			String location = r.headers().get("location");
			return new Crawler.Page(r.status(), type.startsWith("text/html") ? r.text() : null,
					(location == null) ? null : location.replaceFirst("^https?://[^/]+", ""));
		});
		try {
			return crawler.crawl("/").htmlPages();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Scripts only from this server (no 'unsafe-inline', no 'unsafe-eval'), and htmx
	 * loads what it loads on every page.
	 */
	private void underThePolicy(String username, String path, Response response) {
		Map<String, String> headers = response.headers();
		String policy = headers.get("content-security-policy");
		if (policy == null || !policy.contains("script-src 'self';") || policy.contains("unsafe-eval")) {
			this.problems.add(username + " " + path + ": Content-Security-Policy " + policy);
		}
		if (!headers.containsKey("referrer-policy") || !headers.containsKey("permissions-policy")) {
			this.problems.add(username + " " + path + ": no Referrer-Policy or Permissions-Policy");
		}
		try {
			this.page.waitForFunction(HTMX_DONE, null, new Page.WaitForFunctionOptions().setTimeout(5_000));
		}
		catch (RuntimeException ex) {
			this.problems.add(username + " " + path + ": htmx did not load the reminder counter");
		}
	}

	private void fitsAPhone(String username, String path) {
		@SuppressWarnings("unchecked")
		Map<String, Object> m = (Map<String, Object>) this.page.evaluate(MEASURE);
		int width = ((Number) m.get("width")).intValue();
		if (width > WIDTH + 1) {
			this.problems.add(username + " " + path + " is " + width + " px wide");
		}
		@SuppressWarnings("unchecked")
		List<String> outside = (List<String>) m.get("outside");
		if (!outside.isEmpty()) {
			this.problems.add(username + " " + path + ": actions outside the screen " + outside);
		}
	}

	/** The first record the list links to, and a directive's tracking board. */
	private List<String> firstRecord(String pattern) {
		Object href = this.page.evaluate(
				"(re) => { const a = Array.from(document.querySelectorAll('main a[href]'))"
						+ ".map(a => a.getAttribute('href')).find(h => new RegExp(re).test(h)); return a || null; }",
				pattern);
		if (href == null) {
			return List.of();
		}
		return href.toString().startsWith("/directives/") ? List.of(href.toString(), href + "/tracking")
				: List.of(href.toString());
	}

	// The unit tree's branches are only in the page once opened: open the first one.
	private void openTheTreeIfAny() {
		var toggle = this.page.locator("details[hx-get] > summary").first();
		if (toggle.count() > 0 && toggle.isVisible()) {
			toggle.click();
			this.page.locator("details[open] .dv-children li").first().waitFor();
		}
	}

	private void axeFindsNothingSerious(String username, String path) {
		for (String found : seriousAxeViolations()) {
			this.problems.add(username + " " + path + ": " + found);
		}
	}

}
