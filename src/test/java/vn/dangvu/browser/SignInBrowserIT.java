package vn.dangvu.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Signing in through the form, in Vietnamese, and landing on the dashboard of one's
 * scope.
 */
class SignInBrowserIT extends BrowserTestBase {

	@Test
	void aWrongPasswordIsRefusedWithAVietnameseMessage() {
		this.page.navigate(url("/login"));
		assertThat(this.page.locator("body")).containsText("Tài khoản dùng thử");
		fill("#username", "vanphong");
		fill("#password", "sai-mat-khau");
		this.page.locator("form button[type=submit]").first().click();
		assertThat(this.page).hasURL(java.util.regex.Pattern.compile(".*/login\\?error.*"));
		assertThat(this.page.locator(".alert-danger")).isVisible();
		screenshot("refused");
	}

	@Test
	void theCommitteeOfficeSignsInAndSeesItsDashboard() {
		signIn("vanphong");
		assertThat(this.page.locator("h1")).containsText("Xin chào");
		assertThat(this.page.locator("#card-units .dv-stat")).not().hasText("0");
		assertThat(this.page.locator("#card-people .dv-stat")).not().hasText("0");
		assertThat(this.page.locator("#chart-units")).isVisible();
		this.page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('chart-units') !== undefined");
		screenshot("home");
	}

	@Test
	void aPlainMemberSeesOnlyTheirOwnRecord() {
		signIn("dangvien");
		assertThat(this.page.locator("section")).containsText("Nguyễn Văn Đức");
		this.page.navigate(url("/units"));
		assertThat(this.page.locator("section")).not().containsText("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
		screenshot("member");
	}

	@Test
	void theInterfaceSwitchesToEnglish() {
		openAs("vanphong", "/?lang=en");
		assertThat(this.page.locator("h1")).containsText("Hello");
		this.page.navigate(url("/?lang=vi"));
		assertThat(this.page.locator("h1")).containsText("Xin chào");
	}

}
