package vn.dangvu.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.people.Cccd;
import vn.dangvu.people.Sex;
import vn.dangvu.people.importing.SheetFiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a person by a name typed without diacritics, and importing a spreadsheet with
 * an error row.
 */
class PeopleBrowserIT extends BrowserTestBase {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNameTypedWithoutDiacriticsFindsThePerson() {
		openAs("vanphong", "/people");
		fill("#q", "nguyen van duc");
		this.page.locator("#q").press("Enter");
		assertThat(this.page.locator("table")).containsText("Nguyễn Văn Đức");
		screenshot("found");
	}

	@Test
	void aSpreadsheetWithAnErrorRowIsRefusedWholeThenTheValidRowsAreImported() throws Exception {
		LocalDate born = LocalDate.of(1990, 3, 15);
		String good = Cccd.compose("042", born, Sex.MALE, 987_001).value();
		String badCccd = "042" + "1" + "90" + "987002"; // says female, row says Nam
		byte[] file = SheetFiles.xlsx(SheetFiles.HEADERS,
				List.of(List.of("Hoàng Văn Nhập", born, "Nam", good, "Kinh", "Không", "12/12", "Sơ cấp", "Công chức",
						"CB-VUNGANG"),
						List.of("Đinh Văn Lỗi", born, "Nam", badCccd, "Kinh", "Không", "12/12", "Sơ cấp", "Công chức",
								"CB-VUNGANG")));
		Path xlsx = Files.createTempFile("nhan-su", ".xlsx");
		Files.write(xlsx, file);
		long before = countPeople();

		openAs("vanphong", "/people/import");
		this.page.locator("#file").setInputFiles(xlsx);
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator("#import-progress .alert-danger")).isVisible();
		assertThat(this.page.locator("#import-progress table")).containsText("D");
		assertThat(this.page.locator("#import-progress table tbody tr").first()).containsText("3");
		screenshot("rejected");
		assertThat(countPeople()).isEqualTo(before);

		this.page.navigate(url("/people/import"));
		this.page.locator("#file")
			.setInputFiles(new FilePayload("nhan-su.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file));
		this.page.locator("#validOnly").check();
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator("#import-progress .alert-success")).isVisible();
		assertThat(this.page.locator("#import-progress .progress-bar")).hasText("100%");
		screenshot("imported");
		assertThat(countPeople()).isEqualTo(before + 1);
		assertThat(this.jdbc.sql("select count(*) from person where cccd = :c")
			.param("c", good)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long countPeople() {
		return this.jdbc.sql("select count(*) from person").query(Long.class).single();
	}

}
