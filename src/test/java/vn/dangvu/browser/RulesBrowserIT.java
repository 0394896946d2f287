package vn.dangvu.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The rule table and the working-day calendar: an office reads what is in force and
 * computes a deadline across Tết; the administrator adds a version of a rule.
 */
class RulesBrowserIT extends BrowserTestBase {

	@Test
	void anOfficeComputesADeadlineAcrossTet() {
		openAs("vanphong", "/rules?asOf=2025-07-01");
		assertThat(this.page.locator("main")).containsText("61/QĐ-TLĐ");
		screenshot("rules");
		this.page.locator("a[href*='/rules/calendar']").first().click();
		this.page.navigate(url("/rules/calendar?year=2025"));
		fill("#from", "2025-01-24");
		fill("#count", "1");
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator("#calcResult")).containsText("03/02/2025");
		assertThat(this.page.locator("#days")).containsText("Làm bù cho ngày 02/5");
		screenshot("calendar");
	}

	@Test
	void theAdministratorAddsAVersionAndHistoryKeepsTheOldOne() {
		openAs("admin", "/rules/membership.probation.reminder-days-before");
		fill("#value", "45");
		fill("#validFrom", "2036-01-01");
		fill("#source", "Quyết định của Ban Thường vụ (thử)");
		this.page.onceDialog((dialog) -> dialog.accept());
		this.page.locator("form[action*='/rules/membership.probation.reminder-days-before'] button[type=submit]")
			.click();
		assertThat(this.page.locator(".alert-success")).isVisible();
		assertThat(this.page.locator("#history")).containsText("45");
		assertThat(this.page.locator("#history")).containsText("Thiết lập của Đảng vụ");
		screenshot("history");
	}

}
