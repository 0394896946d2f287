package vn.dangvu.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In an English-language browser (en-US, where a native date input shows 12/02/2026 for 2
 * December), every date field still shows and takes dd/MM/yyyy and every month field
 * MM/yyyy, in both of the application's languages, and the picker fills the same form.
 */
class DateInputBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void englishBrowser() {
		this.context.close();
		this.context = browserInLocale("en-US");
		this.page = this.context.newPage();
		this.page.setDefaultTimeout(15_000);
	}

	@Test
	void aDayShowsAsDayMonthYearAndThePickerSubmitsIt() {
		signIn("vanphong");
		for (String lang : new String[] { "en", "vi" }) {
			this.page.navigate(url("/rules/calendar?year=2026&from=2026-12-02&count=1&lang=" + lang));
			assertThat(this.page.locator("#from")).hasValue("02/12/2026");
			assertThat(this.page.locator("#from")).hasAttribute("type", "text");
		}
		// the picker, in English: 22 December is chosen, written 22/12/2026
		this.page.navigate(url("/rules/calendar?year=2026&from=2026-12-02&count=1&lang=en"));
		this.page.locator("#from").click();
		assertThat(this.page.locator(".flatpickr-calendar.open")).isVisible();
		this.page.locator(".flatpickr-calendar.open .flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)")
			.getByText("22", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true))
			.click();
		assertThat(this.page.locator("#from")).hasValue("22/12/2026");
		screenshot("picked");
		fill("#count", "1");
		this.page.locator("#main form button[type=submit]").first().click();
		// Tuesday 22 December plus one working day is Wednesday 23 December
		assertThat(this.page.locator("#calcResult")).containsText("22/12/2026");
		assertThat(this.page.locator("#calcResult")).containsText("23/12/2026");
		assertThat(this.page.locator("#from")).hasValue("22/12/2026");

		// typed by hand as a person writes it
		fill("#from", "2/3/2026");
		fill("#count", "1");
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator("#calcResult")).containsText("03/03/2026");
	}

	@Test
	void aMonthShowsAsMonthYear() {
		long unit = this.jdbc.sql("select id from org_unit where code = 'CB-CAUTREO'").query(Long.class).single();
		openAs("vanphong", "/membership/dues?unit=" + unit + "&month=2026-12&lang=en");
		assertThat(this.page.locator("#month")).hasValue("12/2026");
		fill("#month", "11/2026");
		this.page.locator("#month").press("Enter");
		this.page.waitForURL((u) -> u.contains("month=11"));
		assertThat(this.page.locator("#month")).hasValue("11/2026");
		assertThat(this.page.locator("main")).containsText("11/2026");
		// the month picker, in Vietnamese: October is chosen, written 10/2026, and the
		// form shows it
		this.page.navigate(url("/membership/dues?unit=" + unit + "&month=2026-11&lang=vi"));
		this.page.locator("#month").click();
		assertThat(this.page.locator(".flatpickr-calendar.open .flatpickr-monthSelect-month").nth(9)).isVisible();
		this.page.locator(".flatpickr-calendar.open .flatpickr-monthSelect-month").nth(9).click();
		assertThat(this.page.locator("#month")).hasValue("10/2026");
		this.page.locator("form:has(#month) button[type=submit]").click();
		this.page.waitForURL((u) -> u.contains("month=10"));
		assertThat(this.page.locator("#month")).hasValue("10/2026");
		screenshot("month");
	}

}
