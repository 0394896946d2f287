package vn.dangvu.browser;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work programme pages in a browser: the administrator's menu, with "Chương trình
 * công tác", stays on one line at 1366 px; the demo programmes' pages and a part's form
 * have no serious axe-core finding; on a phone (390×844) the tree fits the screen and its
 * actions are on it.
 */
class ProgrammeBrowserIT extends BrowserTestBase {

	private static final int PHONE = 390;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorsMenuStaysOnOneLineAt1366() {
		openAs("admin", "/programmes");
		assertThat(this.page.locator("#mainNav a[href='/programmes']").innerText()).isEqualTo("Chương trình công tác");
		Number rows = (Number) this.page.evaluate("""
				() => new Set(Array.from(document.querySelectorAll('#mainNav > ul > li.nav-item'))
				  .map(li => Math.round(li.getBoundingClientRect().top))).size""");
		assertThat(rows.intValue()).as("rows of the menu at 1366 px").isEqualTo(1);
		screenshot("menu");
	}

	@Test
	void theProgrammePagesHaveNoSeriousAccessibilityFinding() {
		long old = programme("2020-01-01");
		long current = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.state = 'ADOPTED' order by p.starts_on desc limit 1""")
			.query(Long.class)
			.single();
		long activity = this.jdbc.sql("select min(id) from programme_activity where programme_id = :p")
			.param("p", current)
			.query(Long.class)
			.single();
		signIn("vanphong");
		for (String path : List.of("/programmes", "/programmes/" + old, "/programmes/" + current,
				"/programmes/" + current + "/amendments", "/programmes/new",
				"/programmes/" + current + "/activities/" + activity + "/edit", "/programmes/" + current + "/review",
				"/programmes/" + old + "/review?sort=late")) {
			this.page.navigate(url(path));
			assertThat(seriousAxeViolations()).as(path).isEmpty();
		}
	}

	@Test
	void onAPhoneTheTreeFitsAndItsActionsAreOnScreen() {
		this.context.close();
		this.context = browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(PHONE, 844).setLocale("vi-VN"));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
		long current = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.state = 'ADOPTED' order by p.starts_on desc limit 1""")
			.query(Long.class)
			.single();
		openAs("vanphong", "/programmes/" + current);
		fits();
		onScreen(this.page.locator("#add-area"));
		onScreen(this.page.locator(".programme-activities tbody tr").first().locator("a.btn"));
		screenshot("tree");
		this.page.locator(".programme-activities tbody tr").first().locator("a.btn").click();
		this.page.waitForURL("**/edit");
		this.page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
		fits();
		onScreen(this.page.locator("#part-form button[type=submit]"));
		onScreen(this.page.locator("#remove-form button[type=submit]"));
		screenshot("activity");
		this.page.navigate(url("/programmes"));
		fits();
		screenshot("list");
		this.page.navigate(url("/programmes/" + current + "/review"));
		fits();
		onScreen(this.page.locator("#review-period button[type=submit]"));
		onScreen(this.page.locator("#review-xlsx"));
		onScreen(this.page.locator("#quick-periods a").last());
		screenshot("review");
	}

	private long programme(String startsOn) {
		return this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.starts_on = cast(:s as date)""")
			.param("s", startsOn)
			.query(Long.class)
			.single();
	}

	private void fits() {
		Number width = (Number) this.page.evaluate("() => document.documentElement.scrollWidth");
		Object wide = this.page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('main *'))
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length)
						  .slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
						  .join(', ')""");
		assertThat(width.intValue()).as("page width on " + this.page.url() + "; too wide: " + wide)
			.isLessThanOrEqualTo(PHONE);
	}

	private void onScreen(Locator control) {
		control.scrollIntoViewIfNeeded();
		assertThat(control.isVisible()).as("visible").isTrue();
		BoundingBox box = control.boundingBox();
		assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(PHONE);
	}

}
