package vn.dangvu.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under the Content-Security-Policy (no inline script, no eval) the main pages of every
 * role load without a single violation, htmx still loads its fragments and Chart.js still
 * draws (issue 9, item 15; decision 0168).
 */
class ContentSecurityPolicyBrowserIT extends BrowserTestBase {

	private static final List<String> MAIN_PAGES = List.of("/", "/units", "/people", "/membership",
			"/membership/statistics", "/membership/dues", "/membership/youth", "/membership/union", "/directives",
			"/reminders", "/tokens", "/accounts", "/audit", "/rules");

	@Autowired
	JdbcClient jdbc;

	private final List<String> violations = new ArrayList<>();

	private void watchForViolations() {
		this.page.onConsoleMessage((m) -> {
			if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
				this.violations.add(this.page.url() + ": " + m.text());
			}
		});
		this.page.onPageError((e) -> this.violations.add(this.page.url() + ": " + e));
	}

	@ParameterizedTest
	@ValueSource(strings = { "admin", "vanphong", "bithu.cautreo", "congdoan", "dangvien" })
	void theMainPagesOfEachRoleRunUnderThePolicy(String username) {
		watchForViolations();
		signIn(username);
		for (String path : MAIN_PAGES) {
			Response response = this.page.navigate(url(path));
			if (response.status() != 200) {
				continue; // pages of other roles
			}
			// scripts only from this server: no 'unsafe-inline', no 'unsafe-eval'
			assertThat(response.headers().get("content-security-policy")).contains("script-src 'self';")
				.doesNotContain("unsafe-eval");
			assertThat(response.headers()).containsKeys("referrer-policy", "permissions-policy");
			this.page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
			// htmx replaced the reminder counter it loads on every page
			assertThat(this.page.locator("[hx-get*='/reminders/count']")).hasCount(0);
		}
		assertThat(this.violations).isEmpty();
	}

	@Test
	void chartsDrawAndHtmxLoadsTheUnitTree() {
		watchForViolations();
		signIn("vanphong");
		this.page.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('chart-units') !== undefined");
		this.page.navigate(url("/membership/statistics"));
		this.page
			.waitForFunction("() => typeof Chart !== 'undefined' && Chart.getChart('membership-chart') !== undefined");
		this.page.navigate(url("/units"));
		this.page.locator("details > summary")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đảng bộ Cục Hải quan"))
			.first()
			.click();
		assertThat(this.page.locator("text=Đảng bộ Chi cục Hải quan khu vực XI").first()).isVisible();
		screenshot("tree");
		assertThat(this.violations).isEmpty();
	}

	@Test
	void theTokenCopyButtonStillWorks() {
		watchForViolations();
		this.context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
		signIn("vanphong");
		this.page.navigate(url("/tokens"));
		this.page.locator("#name").fill("Thử CSP");
		this.page.locator("#main form button[type=submit]").first().click();
		this.page.locator("[data-copy-from=new-token-value]").click();
		assertThat(this.page.locator("[data-copy-from=new-token-value] span")).not().hasText("Sao chép");
		assertThat(this.page.locator("[data-copy-from=new-token-value] span"))
			.hasText(this.page.locator("[data-copy-from=new-token-value]").getAttribute("data-done"));
		assertThat(this.violations).isEmpty();
	}

	@Test
	void theTrackingBoardStillFiltersWhenTheSwitchIsTurned() {
		watchForViolations();
		signIn("admin");
		long directive = this.jdbc.sql("select document_id from directive_assignment order by id limit 1")
			.query(Long.class)
			.single();
		this.page.navigate(url("/directives/" + directive + "/tracking"));
		this.page.locator("#overdueOnly").check();
		this.page.waitForURL(Pattern.compile(".*overdueOnly=true.*"));
		assertThat(this.violations).isEmpty();
	}

}
