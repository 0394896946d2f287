package vn.dangvu.browser;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.membership.MassFixtures;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Bulk dues entry: open the month of a cell, untick the one who has not paid, save once,
 * and the ledger shows everyone else paid.
 */
class DuesBatchBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAdministratorEntersAMonthForACellUntickingOne() {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("nhập lô trình duyệt");
		long first = member(fixtures, tree, "Hồ Văn Mộtlô", 8_000_000);
		long second = member(fixtures, tree, "Hồ Thị Hailô", 9_000_000);
		long third = member(fixtures, tree, "Hồ Văn Balô", 10_000_000);
		String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
		this.page.onDialog((dialog) -> dialog.accept());
		openAs("admin", "/membership/dues?unit=" + tree.cell() + "&month=" + month);
		this.page.locator("#batch-open").click();

		assertThat(this.page.locator("#batch tbody tr")).hasCount(3);
		assertThat(this.page.locator("#tick-" + first)).isChecked();
		assertThat(this.page.locator("#tick-" + third)).isChecked();
		this.page.locator("#tick-" + second).uncheck();
		screenshot("unticked");
		this.page.locator("#batch-save").click();

		assertThat(this.page.locator(".alert-success")).containsText("Đã ghi 2 khoản nộp, bỏ qua 0");
		assertThat(row(first).locator(".status-paid")).isVisible();
		assertThat(row(third).locator(".status-paid")).isVisible();
		assertThat(row(second).locator(".status-unpaid")).isVisible();
		assertThat(this.page.locator("#batch-undo")).isVisible();
		screenshot("saved");

		this.page.locator("#batch-undo button").click();
		assertThat(this.page.locator(".alert-success")).containsText("Đã hủy 2 khoản nộp");
		assertThat(this.page.locator("#ledger .status-paid")).hasCount(0);
	}

	private Locator row(long person) {
		return this.page.locator("#ledger tbody tr[data-person='" + person + "']");
	}

	private long member(MassFixtures fixtures, MassFixtures.Tree tree, String name, long salary) {
		long id = fixtures.person(name, LocalDate.of(1982, 5, 1), tree.cell(), tree.cell(), null, null);
		fixtures.salary(id, "SALARY", salary, "2020-01-01");
		return id;
	}

}
