package vn.dangvu.meeting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.browser.BrowserTestBase;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.testkit.PdfPage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone (390×844) the demo cell's secretary records today's meeting, downloads its
 * minutes, signs them, then corrects the record with a reason: the page lists both
 * versions, every action on screen, and axe-core finds nothing serious (decision 0226).
 */
class MeetingMinutesBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void phone() {
		usePhone();
	}

	@Test
	void theSecretaryRecordsDownloadsSignsAndCorrectsWithAReason() throws Exception {
		long cell = this.jdbc.sql("select id from org_unit where code = 'CB-CAUTREO'").query(Long.class).single();
		long id = this.jdbc.sql("""
				insert into meeting (unit_id, kind, topic, meets_on, starts_at, place, created_by)
				values (:unit, 'THEMATIC', 'Học tập chuyên đề biên bản', :day, time '08:00', 'Hội trường', 'test')
				returning id""")
			.param("unit", cell)
			.param("day", VietnamTime.today(this.clock))
			.query(Long.class)
			.single();
		openAs("bithu.cautreo", "/meetings/" + id + "/record");
		this.page.locator("#chairId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		this.page.locator("#secretaryId").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(2));
		this.page.locator("#resolution").fill("Chi bộ thống nhất học tập chuyên đề.");
		this.page.locator("#saveRecord").click();

		assertThat(this.page.locator("#minutesState")).hasText("Chưa ký");
		fitsThePhoneScreen();
		onThePhoneScreen(this.page.locator("#minutesPdf"));
		onThePhoneScreen(this.page.locator("#minutesDocx"));
		onThePhoneScreen(this.page.locator("#signMinutes"));
		Download download = this.page.waitForDownload(() -> this.page.locator("#minutesPdf").click());
		assertThat(download.suggestedFilename()).startsWith("Biên bản sinh hoạt").endsWith(".pdf");
		Files.createDirectories(SCREENSHOTS);
		Path pdf = SCREENSHOTS.resolve("MeetingMinutesBrowserIT.pdf");
		download.saveAs(pdf);
		PdfPage rendered = PdfPage.read(pdf, SCREENSHOTS.resolve("MeetingMinutesBrowserIT-pdf.png"));
		PdfPage.Word title = rendered.first("BIÊN");
		assertThat(rendered.ink(title)).isGreaterThan(0.05);
		assertThat(rendered.first("CHUYÊN").yMin()).isGreaterThan(title.yMax());
		screenshot("unsigned");

		this.page.locator("#signMinutes").click();
		assertThat(this.page.locator("#minutesState")).hasText("Đã ký · phiên bản 1");
		assertThat(this.page.locator("#signMinutes")).hasCount(0);
		assertThat(this.page.locator("#minutesVersions tbody tr")).hasCount(1);

		this.page.locator("#recordButton").click();
		onThePhoneScreen(this.page.locator("#reason"));
		assertThat(seriousAxeViolations()).as("axe on the record form of signed minutes").isEmpty();
		this.page.locator("#resolution").fill("Chi bộ thống nhất học tập chuyên đề và báo cáo trước ngày 30.");
		this.page.locator("#reason").fill("Bổ sung thời hạn báo cáo");
		this.page.locator("#saveRecord").click();
		assertThat(this.page.locator("#minutesState")).hasText("Đã ký · phiên bản 2");
		Locator versions = this.page.locator("#minutesVersions tbody tr");
		assertThat(versions).hasCount(2);
		assertThat(versions.nth(1)).containsText("Bổ sung thời hạn báo cáo");
		fitsThePhoneScreen();
		onThePhoneScreen(versions.nth(0).locator("a").first());
		assertThat(seriousAxeViolations()).as("axe on the meeting page with its versions").isEmpty();
		screenshot("versions");
	}

}
