package vn.dangvu.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.dangvu.crawl.Crawler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page each role reaches from home, on a phone (390×844): no page is wider than the
 * screen, and every primary action (a primary or submit button) lies inside it, so that
 * it can be tapped without scrolling sideways. Each kind of page is opened once.
 */
class PhoneCrawlBrowserIT extends BrowserTestBase {

	static final int WIDTH = 390;

	static final int HEIGHT = 844;

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

	@ParameterizedTest
	@ValueSource(strings = { "admin", "vanphong", "bithu.cautreo", "congdoan", "doanthanhnien", "dangvien" })
	void everyPageFitsAPhoneAndKeepsItsActionsReachable(String username) throws Exception {
		this.context.close();
		this.context = browserFor(username);
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
		signIn(username);

		Crawler crawler = new Crawler(1, (path) -> {
			APIResponse r = this.context.request()
				.get(url(path), com.microsoft.playwright.options.RequestOptions.create().setMaxRedirects(0));
			String type = r.headers().getOrDefault("content-type", "");
			String location = r.headers().get("location");
			return new Crawler.Page(r.status(), type.startsWith("text/html") ? r.text() : null,
					(location == null) ? null : location.replaceFirst("^https?://[^/]+", ""));
		});
		List<String> pages = crawler.crawl("/").htmlPages();
		assertThat(pages).as("pages reached by " + username).hasSizeGreaterThan(3);

		List<String> problems = new ArrayList<>();
		for (String path : pages) {
			this.page.navigate(url(path));
			@SuppressWarnings("unchecked")
			Map<String, Object> m = (Map<String, Object>) this.page.evaluate(MEASURE);
			int width = ((Number) m.get("width")).intValue();
			if (width > WIDTH + 1) {
				problems.add(path + " is " + width + " px wide");
			}
			@SuppressWarnings("unchecked")
			List<String> outside = (List<String>) m.get("outside");
			if (!outside.isEmpty()) {
				problems.add(path + ": actions outside the screen " + outside);
			}
		}
		screenshot("last");
		assertThat(problems).as(username + " on " + pages.size() + " pages at " + WIDTH + "×" + HEIGHT).isEmpty();
	}

	private com.microsoft.playwright.BrowserContext browserFor(String username) {
		Browser browser = this.context.browser();
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT)
			.setDeviceScaleFactor(2)
			.setIsMobile(true)
			.setHasTouch(true)
			.setLocale("vi-VN"));
	}

}
