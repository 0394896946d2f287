package vn.dangvu.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

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

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void phone() {
		usePhone();
	}

	@Test
	void theDuesLedgersRecordButtonIsOnScreen() {
		long cell = unit("CB-CAUTREO");
		openAs("bithu.cautreo", "/membership/dues?unit=" + cell);
		fitsThePhoneScreen();
		Locator pay = this.page.locator("#ledger .btn-pay").first();
		onThePhoneScreen(pay);
		screenshot("ledger");
	}

	@Test
	void theYouthMaturationActionsAreOnScreen() {
		openAs("doanthanhnien", "/membership/youth");
		fitsThePhoneScreen();
		Locator list = this.page.locator("#maturation-list");
		if (list.count() > 0) {
			onThePhoneScreen(list.locator("tbody tr").first().locator("button[type=submit]").first());
		}
		onThePhoneScreen(this.page.locator("#on"));
		screenshot("youth");
	}

	@Test
	void peopleRowsAreCompactCards() {
		openAs("vanphong", "/people");
		fitsThePhoneScreen();
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
		fitsThePhoneScreen();
		Locator chart = this.page.locator("#membership-chart");
		if (chart.count() > 0) {
			assertThat(chart.boundingBox().height).as("chart height").isGreaterThanOrEqualTo(250);
		}
		this.page.navigate(url("/"));
		fitsThePhoneScreen();
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

}
