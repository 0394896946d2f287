package vn.dangvu.directive.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.browser.BrowserTestBase;
import vn.dangvu.testkit.PdfPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee office drafts a plan for the Hà Tĩnh branch, previews it, issues it with
 * the number the confirmation shows, and downloads the PDF, which poppler renders with
 * that number in the header.
 */
class PartyDocumentBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	@Test
	void officeDraftsPreviewsIssuesAndDownloadsAPlan() throws Exception {
		String summary = "Về việc học tập Nghị quyết " + UUID.randomUUID().toString().substring(0, 6);
		long unit = this.jdbc.sql("select id from org_unit where code = 'DB-KVXI'").query(Long.class).single();
		signIn("vanphong");
		this.page.navigate(url("/directives/documents"));
		this.page.locator("#new-document").click();
		this.page.locator("#pickUnit").selectOption(String.valueOf(unit));
		this.page.locator("#pickType").selectOption("PLAN");
		this.page.locator("form[method=get] button[type=submit]").click();
		assertThat(this.page.locator("#onBehalf")).hasValue("T/M Đảng ủy");
		this.page.locator("#summary").fill(summary);
		this.page.locator("#body")
			.fill("I. MỤC ĐÍCH, YÊU CẦU\nTổ chức học tập nghiêm túc đến toàn thể đảng viên.\n- Bảo đảm 100% đảng viên tham gia.");
		this.page.locator("#place").fill("Hà Tĩnh");
		this.page.locator("#date").fill("2026-11-22");
		this.page.locator("#signerName").fill("Trần Văn Hùng");
		screenshot("form");
		this.page.locator("#save-draft").click();

		assertThat(this.page.locator(".party-paper")).containsText("KẾ HOẠCH");
		assertThat(this.page.locator(".party-paper")).containsText("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(this.page.locator(".party-paper")).containsText("Hà Tĩnh, ngày 22 tháng 11 năm 2026");
		assertThat(this.page.locator(".party-paper")).containsText(summary);
		assertThat(this.page.locator("#doc-status")).hasText("Dự thảo");
		screenshot("preview");

		this.page.locator("#issue-document").click();
		String citation = this.page.locator("#next-citation").textContent().strip();
		assertThat(citation).matches("\\d{2,}-KH/ĐU");
		screenshot("confirm");
		this.page.onDialog((d) -> d.accept());
		this.page.locator("#confirm-issue").click();

		assertThat(this.page.locator("#doc-status")).hasText("Đã phát hành");
		assertThat(this.page.locator(".party-paper")).containsText("Số " + citation);
		assertThat(this.page.locator("#edit-document")).hasCount(0);
		assertThat(this.jdbc.sql("select count(*) from directive_document where citation = :c and summary = :s")
			.param("c", citation)
			.param("s", summary)
			.query(Long.class)
			.single()).isEqualTo(1);

		Download download = this.page.waitForDownload(() -> this.page.locator("#download-pdf").click());
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("PartyDocumentBrowserIT.pdf");
		download.saveAs(pdf);
		assertThat(download.suggestedFilename()).startsWith(citation.replace('/', '-'));
		PdfPage rendered = PdfPage.read(pdf, SCREENSHOTS.resolve("PartyDocumentBrowserIT-pdf.png"));
		PdfPage.Word number = rendered.first(citation);
		assertThat(number.xMax()).isLessThan(rendered.width() / 2);
		assertThat(rendered.ink(number)).isGreaterThan(0.05);
	}

}
