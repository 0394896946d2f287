package vn.dangvu.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.membership.MassFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A youth officer matures two members in bulk; a cell secretary records a Party dues
 * payment and sees the arrears and the striking-off flag change.
 */
class MassMembershipBrowserIT extends BrowserTestBase {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYouthOfficerMaturesTwoMembersInBulk() {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		long cell = id("CB-CAUTREO");
		long branch = id("DTN-CAUTREO");
		long first = fixtures.person("Tạ Văn Trưởngthành", TODAY.minusYears(32), cell, null, null, branch);
		long second = fixtures.person("Tạ Thị Trưởngthành", TODAY.minusYears(31).minusDays(3), cell, null, null,
				branch);
		this.page.onDialog((dialog) -> dialog.accept());
		openAs("doanthanhnien", "/membership/youth");
		Locator list = this.page.locator("#maturation-list");
		assertThat(list).containsText("Tạ Văn Trưởngthành");
		assertThat(list).containsText("Ở lại");
		screenshot("list");

		this.page.locator("#pick-" + first).check();
		this.page.locator("#pick-" + second).check();
		this.page.locator("#mature-selected").click();

		assertThat(this.page.locator(".alert-success")).containsText("2/2");
		assertThat(this.page.locator("#maturation-list")).not().containsText("Tạ Văn Trưởngthành");
		assertThat(this.page.locator("#maturations-per-year")).containsText(Integer.toString(TODAY.getYear()));
		assertThat(this.jdbc.sql("select count(*) from person where id in (:a, :b) and youth_unit_id is null")
			.param("a", first)
			.param("b", second)
			.query(Long.class)
			.single()).isEqualTo(2);
		screenshot("matured");
	}

	@Test
	void aSecretaryRecordsAPaymentAndTheArrearsChange() {
		this.page.onDialog((dialog) -> dialog.accept());
		openAs("bithu.cautreo", "/membership/dues?month=2026-11");
		Locator row = this.page.locator("#ledger tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Nguyễn Văn Đức"));
		assertThat(row.locator(".unpaid-months")).hasText("3");
		assertThat(row.locator(".flag-striking-off")).isVisible();
		screenshot("before");

		row.locator("select[name=method]").selectOption("CASH");
		row.locator(".btn-pay").click();

		assertThat(this.page.locator(".alert-success")).isVisible();
		Locator after = this.page.locator("#ledger tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Nguyễn Văn Đức"));
		assertThat(after.locator(".status-paid")).isVisible();
		assertThat(after.locator(".unpaid-months")).hasText("2");
		assertThat(after.locator(".flag-striking-off")).hasCount(0);
		screenshot("after");
	}

	@Test
	void aUnionOfficerSeesTheCapTheFundAndWhoHasPaid() {
		openAs("congdoan", "/membership/union");
		this.page.locator("a[href*='/membership/union/dues']").first().click();
		this.page.navigate(url("/membership/union/dues?unit=" + id("CD-CAUTREO") + "&month=2026-06"));
		assertThat(this.page.locator("#ledger")).containsText("Phan Đình Thắng");
		assertThat(this.page.locator("#ledger")).containsText("đã áp mức trần");
		assertThat(this.page.locator("#union-fund")).containsText("2%");
		assertThat(this.page.locator("#ledger .status-paid").first()).isVisible();
		screenshot("union-ledger");
	}

	private long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
