package vn.dangvu.browser;

import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Finding citations in a pasted news paragraph: highlighted in the text and listed in a
 * table with a one-click register button.
 */
class ExtractionBrowserIT extends BrowserTestBase {

	private static final String PARAGRAPH = """
			Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII, năm 2020 Đảng ủy đã tổ chức \
			235 hoạt động với kinh phí 260 triệu đồng. Đảng ủy ban hành Kế hoạch số 448-KH/ĐU ngày 19/2/2020; \
			Công đoàn có Quyết định số 07/QĐ-CĐ, và văn phòng gửi công văn 1590 ngày 09/7/2020. \
			Các chi bộ quán triệt Nghị quyết Trung ương 6 khóa XII trong nhiệm kỳ 2020 - 2025.""";

	@Test
	void aPastedParagraphShowsItsCitationsHighlightedAndInATable() {
		openAs("vanphong", "/directives/extract");
		assertThat(this.page.locator("h1")).containsText("Tìm số hiệu văn bản");
		fill("#text", PARAGRAPH);
		screenshot("pasted");
		this.page.locator("#extract-submit").click();

		assertThat(this.page.locator("#extract-summary")).containsText("4 số hiệu");
		assertThat(this.page.locator("#extract-text mark.border-warning")).hasCount(4);
		assertThat(this.page.locator("#extract-text mark.border-warning").first()).hasText("05-CT/TW");
		assertThat(this.page.locator("#extract-text")).containsText("235 hoạt động");
		assertThat(this.page.locator("#extract-table tbody tr")).hasCount(4);
		assertThat(this.page.locator("#citation-1")).containsText("Chỉ thị");
		assertThat(this.page.locator("#citation-1")).containsText("Bộ Chính trị khóa XII");
		assertThat(this.page.locator("#citation-1")).containsText("15/05/2016");
		assertThat(this.page.locator("#citation-2")).containsText("448-KH/ĐU");
		assertThat(this.page.locator("#citation-3")).containsText("Quyết định");
		assertThat(this.page.locator("#citation-4")).containsText("Công văn");
		assertThat(this.page.locator("#extract-named")).containsText("Nghị quyết Trung ương 6 khóa XII");
		assertThat(this.page.locator("#citation-2 a.btn")).hasAttribute("href",
				java.util.regex.Pattern.compile(".*/directives/new\\?citation=448-KH%2F%C4%90U&date=2020-02-19"));
		screenshot("found");
	}

	@Test
	void anEmptyTextIsRefusedInVietnamese() {
		openAs("dangvien", "/directives/extract");
		fill("#text", "   ");
		this.page.locator("#extract-submit").click();
		assertThat(this.page.locator("#extract-error")).containsText("Hãy dán hoặc nhập văn bản");
		assertThat(this.page.locator("#text")).hasClass(java.util.regex.Pattern.compile(".*is-invalid.*"));
	}

}
