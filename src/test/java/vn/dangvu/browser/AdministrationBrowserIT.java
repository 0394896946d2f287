package vn.dangvu.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's screens: accounts, the audit viewer, and a personal API token that
 * works.
 */
class AdministrationBrowserIT extends BrowserTestBase {

	@Test
	void theAdministratorSeesAccountsAndTheAudit() {
		openAs("admin", "/accounts");
		assertThat(this.page.locator("table")).containsText("bithu.cautreo");
		screenshot("accounts");
		this.page.navigate(url("/audit"));
		assertThat(this.page.locator("h1")).isVisible();
		screenshot("audit");
	}

	@Test
	void aCommitteeOfficeCannotOpenAccounts() {
		signIn("vanphong");
		APIResponse response = this.page.request().get(url("/accounts"));
		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aPersonalTokenIsShownOnceAndOpensTheApi() {
		openAs("vanphong", "/tokens");
		fill("#name", "Báo cáo tự động");
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator("#new-token")).isVisible();
		String token = this.page.locator("#new-token-value").inputValue();
		assertThat(token).matches(Pattern.compile("dv_[A-Za-z0-9_-]{43}"));
		screenshot("token");
		APIResponse me = this.context.request()
			.get(url("/api/v1/me"), RequestOptions.create().setHeader("Authorization", "Bearer " + token));
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.text()).contains("vanphong");
		this.page.reload();
		assertThat(this.page.locator("#new-token")).isHidden();
	}

}
