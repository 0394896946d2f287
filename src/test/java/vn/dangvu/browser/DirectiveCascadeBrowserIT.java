package vn.dangvu.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A directive through the screens over three levels: the root office registers it and
 * assigns it to Đảng bộ khu vực XI with working-day due dates; that committee's office
 * cascades it to all its cells; the Cầu Treo secretary records the dissemination; the
 * board shows the cell done and another cell overdue.
 */
class DirectiveCascadeBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	/** An office account of DB-KVXI with the demo password. */
	private String kvxiOffice() {
		String username = "vp.kvxi." + (System.nanoTime() % 100000);
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash)
				select :u, 'Văn phòng Đảng ủy khu vực XI', password_hash from account where username = 'vanphong'
				returning id""").param("u", username).query(Long.class).single();
		this.jdbc.sql("insert into account_grant (account_id, role, unit_id) values (:a, 'COMMITTEE_OFFICE', :u)")
			.param("a", account)
			.param("u", unitId("DB-KVXI"))
			.update();
		return username;
	}

	private void switchTo(String username) {
		this.context.clearCookies();
		signIn(username);
	}

	@Test
	void aDirectiveIsCascadedOverThreeLevelsAndTrackedOnTheBoard() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		int n = 9600 + (int) (System.nanoTime() % 300);
		String citation = n + "-CT/TW";
		long kvxi = unitId("DB-KVXI");
		long cauTreo = unitId("CB-CAUTREO");

		// 1. the root office registers the directive
		openAs("vanphong", "/directives/new");
		fill("#citation", "Số " + citation);
		fill("#issueDate", "2024-06-01");
		fill("#summary", "Chỉ thị về tăng cường công tác kiểm tra, giám sát");
		this.page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Vào sổ"))
			.click();
		assertThat(this.page.locator("#doc-citation")).hasText(citation);
		assertThat(this.page.locator("#doc-status")).hasText("Còn hiệu lực");
		String docUrl = this.page.url();
		long id = Long.parseLong(docUrl.substring(docUrl.lastIndexOf('/') + 1));
		screenshot("registered");

		// 2. it assigns it to DB-KVXI: dissemination in 10, plan in 15 working days
		this.page.navigate(url("/directives/" + id + "/assign"));
		this.page.locator("#unit-" + kvxi).check();
		this.page.locator("#DISSEMINATE-mode").selectOption("workingDays");
		fill("#DISSEMINATE-value", "10");
		screenshot("assign-root");
		this.page.locator("#assign-submit").click();
		this.page.waitForURL((u) -> u.endsWith("/tracking"));
		assertThat(this.page.locator("#board tr[data-unit='DB-KVXI'] td[data-kind='DISSEMINATE'] [data-status]"))
			.hasAttribute("data-status", "PENDING");

		// 3. the grassroots office cascades it to all its cells, 5 days from a month ago
		switchTo(kvxiOffice());
		this.page.navigate(url("/directives/" + id + "/assign"));
		this.page.locator("#allCellsUnder").selectOption(String.valueOf(kvxi));
		fill("#assignedOn", today.minusDays(30).toString());
		this.page.locator("#DISSEMINATE-mode").selectOption("days");
		fill("#DISSEMINATE-value", "5");
		this.page.locator("#PLAN-on").uncheck();
		this.page.locator("#assign-submit").click();
		this.page.waitForURL((u) -> u.endsWith("/tracking"));
		assertThat(this.page.locator("#board tr[data-unit='CB-CAUTREO']")).isVisible();
		screenshot("cascaded");

		// 4. the Cầu Treo secretary records the dissemination session
		switchTo("bithu.cautreo");
		this.page.navigate(url("/units/" + cauTreo + "/obligations"));
		this.page.getByText(citation).first().click();
		fill("#doneOn-DISSEMINATE", today.minusDays(27).toString());
		fill("#present", "18");
		fill("#total", "20");
		this.page.locator("#record-DISSEMINATE").click();
		assertThat(this.page.locator("#action-DISSEMINATE [data-status]")).hasAttribute("data-status", "DONE");
		screenshot("recorded");

		// 5. the root office's board: Cầu Treo done, Vũng Áng overdue
		switchTo("vanphong");
		this.page.navigate(url("/directives/" + id + "/tracking"));
		assertThat(this.page.locator("#board tr[data-unit='CB-CAUTREO'] td[data-kind='DISSEMINATE'] [data-status]"))
			.hasAttribute("data-status", "DONE");
		assertThat(this.page.locator("#board tr[data-unit='CB-VUNGANG'] td[data-kind='DISSEMINATE'] [data-status]"))
			.hasAttribute("data-status", "OVERDUE");
		assertThat(this.page.locator("#overdue-count")).hasText("7");
		screenshot("board");
	}

}
