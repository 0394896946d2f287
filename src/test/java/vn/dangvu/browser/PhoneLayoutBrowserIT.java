package vn.dangvu.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily tasks on a phone (390×844): no page is wider than the screen, the row's
 * action is on screen without scrolling sideways, list rows stay compact and charts keep
 * a readable height.
 */
class PhoneLayoutBrowserIT extends BrowserTestBase {

	private static final int WIDTH = 390;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void phone() {
		this.context.close();
		this.context = browser()
			.newContext(new Browser.NewContextOptions().setViewportSize(WIDTH, 844).setLocale("vi-VN"));
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	@Test
	void theDuesLedgersRecordButtonIsOnScreen() {
		long cell = unit("CB-CAUTREO");
		openAs("bithu.cautreo", "/membership/dues?unit=" + cell);
		fitsTheScreen();
		Locator pay = this.page.locator("#ledger .btn-pay").first();
		onScreen(pay);
		screenshot("ledger");
	}

	@Test
	void theYouthMaturationActionsAreOnScreen() {
		openAs("doanthanhnien", "/membership/youth");
		fitsTheScreen();
		Locator list = this.page.locator("#maturation-list");
		if (list.count() > 0) {
			onScreen(list.locator("tbody tr").first().locator("button[type=submit]").first());
		}
		onScreen(this.page.locator("#on"));
		screenshot("youth");
	}

	@Test
	void peopleRowsAreCompactCards() {
		openAs("vanphong", "/people");
		fitsTheScreen();
		Locator rows = this.page.locator("#people tbody tr");
		assertThat(rows.count()).isGreaterThan(3);
		for (int i = 0; i < 4; i++) {
			BoundingBox row = rows.nth(i).boundingBox();
			// the issue measured 160–210 px with names over three lines
			assertThat(row.height).as("height of person card %d", i).isLessThan(160);
			BoundingBox name = rows.nth(i).locator("td").first().boundingBox();
			assertThat(name.height).as("name on one or two lines").isLessThan(60);
		}
		screenshot("people");
	}

	@Test
	void theStatisticsChartKeepsAReadableHeight() {
		long cell = unit("CB-CAUTREO");
		signIn("bithu.cautreo");
		String today = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
		this.page.navigate(url("/membership/statistics?unit=" + cell + "&from=01/01/2020&to=" + today));
		fitsTheScreen();
		Locator chart = this.page.locator("#membership-chart");
		if (chart.count() > 0) {
			assertThat(chart.boundingBox().height).as("chart height").isGreaterThanOrEqualTo(250);
		}
		this.page.navigate(url("/"));
		fitsTheScreen();
		Locator charts = this.page.locator("canvas[data-chart]");
		for (int i = 0; i < charts.count(); i++) {
			assertThat(charts.nth(i).boundingBox().height).as("dashboard chart height").isGreaterThanOrEqualTo(250);
		}
		screenshot("charts");
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private void fitsTheScreen() {
		Number width = (Number) this.page.evaluate("() => document.documentElement.scrollWidth");
		Object wide = this.page.evaluate(
				"""
						() => Array.from(document.querySelectorAll('main *'))
						  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length)
						  .slice(-5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right))
						  .join(', ')""");
		assertThat(width.intValue()).as("page width on " + this.page.url() + "; too wide: " + wide)
			.isLessThanOrEqualTo(WIDTH);
	}

	private void onScreen(Locator control) {
		assertThat(control.isVisible()).as("visible").isTrue();
		BoundingBox box = control.boundingBox();
		assertThat(box.x).as("left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as("right edge").isLessThanOrEqualTo(WIDTH);
	}

}
