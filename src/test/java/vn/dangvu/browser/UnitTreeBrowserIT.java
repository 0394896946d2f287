package vn.dangvu.browser;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Browsing the organisation tree, searching it without diacritics, and moving a unit. */
class UnitTreeBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void theOfficeExpandsTheTreeDownToTheHaTinhCells() {
		openAs("vanphong", "/units");
		this.page.locator("details > summary")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Đảng bộ Cục Hải quan"))
			.first()
			.click();
		var haTinh = this.page.locator("details > summary")
			.filter(new com.microsoft.playwright.Locator.FilterOptions()
				.setHasText("Đảng bộ Chi cục Hải quan khu vực XI"));
		haTinh.first().click();
		var cells = this.page.locator("text=Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
		assertThat(cells.first()).isVisible();
		assertThat(this.page.locator("text=Chi bộ Hải quan Hồng Lĩnh").first()).isVisible();
		screenshot("expanded");
		// Collapse again.
		haTinh.first().click();
		assertThat(cells.first()).isHidden();
	}

	@Test
	void searchWithoutDiacriticsFindsTheAccentedUnit() {
		openAs("vanphong", "/units");
		fill("#q", "cau treo");
		this.page.locator("form[action$='/units'] button[type=submit]").click();
		assertThat(this.page.locator("section .list-group")).containsText("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
		screenshot("search");
	}

	@Test
	void theOfficeMovesACellUnderAnotherCommitteeAndTheHistoryShowsIt() {
		long cell = unitId("CB-HONGLINH");
		long target = unitId("DB-KVI");
		openAs("vanphong", "/units/" + cell + "/move");
		this.page.locator("#parentId").selectOption(String.valueOf(target));
		fill("#decisionRef", "Quyết định 15-QĐ/ĐU");
		this.page.onceDialog((dialog) -> dialog.accept());
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator(".alert-success")).isVisible();
		assertThat(this.page.locator("section")).containsText("Chuyển trực thuộc");
		assertThat(this.page.locator("section")).containsText("Quyết định 15-QĐ/ĐU");
		screenshot("moved");
		Long parent = this.jdbc.sql("select parent_id from org_unit where id = :id")
			.param("id", cell)
			.query(Long.class)
			.single();
		assertThat(parent).isEqualTo(target);
	}

}
