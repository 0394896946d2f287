package vn.dangvu.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.RequestOptions;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.TestCallers;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.tree.CreateUnitCmd;
import vn.dangvu.organisation.tree.UnitService;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.people.Sex;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes to the tree through the screens: a merge into a new unit, a rename seen from
 * the tree of yesterday, and the Excel export of the tree. Every test builds its own
 * units with unique codes under the demo's top committee.
 */
class UnitChangesBrowserIT extends BrowserTestBase {

	private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitService units;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

	private long unitId(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private long create(String code, UnitKind kind, String name, Long parent) {
		TestCallers.runAs(TestCallers.admin());
		try {
			return this.units.create(new CreateUnitCmd(code, kind, name, null, parent, null, ESTABLISHED, null, null))
				.id();
		}
		finally {
			TestCallers.clear();
		}
	}

	/**
	 * A fresh grassroots committee under the demo's top committee, where the office
	 * works.
	 */
	private long committee() {
		return create("KT-DB-" + this.suffix, UnitKind.GRASSROOTS_COMMITTEE, "Đảng bộ Kiểm thử " + this.suffix,
				unitId("DBCHQ"));
	}

	/** Registers a person in a cell through the REST API as the administrator. */
	private void person(String fullName, long cell) {
		LocalDate birth = LocalDate.of(1985, 5, 20);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("fullName", fullName);
		body.put("birthDate", birth.toString());
		body.put("sex", "MALE");
		body.put("cccd", PeopleFixtures.cccd(birth, Sex.MALE));
		body.put("workUnitId", cell);
		body.put("partyUnitId", cell);
		String basic = Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8));
		APIResponse response = this.context.request()
			.post(url("/api/v1/people"),
					RequestOptions.create().setHeader("Authorization", "Basic " + basic).setData(body));
		assertThat(response.status()).as(response.text()).isEqualTo(201);
	}

	private Locator summary(String text) {
		return this.page.locator("details > summary").filter(new Locator.FilterOptions().setHasText(text)).first();
	}

	/**
	 * Opens a node of the tree once htmx has taken the page over (its children load on
	 * the first toggle; a click before would open an empty node), and waits for its
	 * children.
	 */
	private void openNode(String text) {
		this.page.waitForFunction("() => window.htmx && !document.querySelector(\"[hx-get*='/reminders/count']\")");
		Locator summary = summary(text);
		summary.click();
		Locator node = summary.locator("xpath=..");
		assertThat(node).hasAttribute("open", "");
		assertThat(node.locator(".dv-children details, .dv-children a").first()).isVisible();
	}

	@Test
	void theAdministratorMergesTwoCellsIntoANewCellThatTakesTheirPeople() {
		long committee = committee();
		String nameA = "Chi bộ Nguồn A " + this.suffix;
		String nameB = "Chi bộ Nguồn B " + this.suffix;
		long cellA = create("KT-A-" + this.suffix, UnitKind.CELL, nameA, committee);
		long cellB = create("KT-B-" + this.suffix, UnitKind.CELL, nameB, committee);
		person("Lê Văn Hợp " + this.suffix, cellA);
		person("Trần Thị Nhất " + this.suffix, cellB);
		String merged = "Chi bộ Hợp nhất " + this.suffix;

		openAs("admin", "/units/merge");
		this.page.locator("#src" + cellA).check();
		this.page.locator("#src" + cellB).check();
		this.page.locator("#modeNew").check();
		this.page.locator("#kind").selectOption("CELL");
		fill("#name", merged);
		fill("#code", "KT-HN-" + this.suffix);
		this.page.locator("#parentId").selectOption(String.valueOf(committee));
		fill("#effectiveDate", LocalDate.now().toString());
		fill("#decisionRef", "Quyết định 21-QĐ/ĐU");
		screenshot("form");
		String[] asked = new String[1];
		this.page.onceDialog((dialog) -> {
			asked[0] = dialog.message();
			dialog.accept();
		});
		this.page.locator("#main form button[type=submit]").first().click();

		assertThat(this.page.locator(".alert-success")).isVisible();
		assertThat(asked[0]).contains("hợp nhất");
		long target = unitId("KT-HN-" + this.suffix);
		assertThat(this.page).hasURL(url("/units/" + target));
		assertThat(this.page.locator("h1")).containsText(merged);
		Locator history = this.page.locator("section table").last();
		assertThat(history).containsText("Tiếp nhận từ hợp nhất");
		assertThat(history).containsText(nameA);
		assertThat(history).containsText(nameB);
		assertThat(history).containsText("Quyết định 21-QĐ/ĐU");
		Locator people = this.page.locator("[hx-get*='/people/fragment']");
		assertThat(people).containsText("Lê Văn Hợp " + this.suffix);
		assertThat(people).containsText("Trần Thị Nhất " + this.suffix);
		screenshot("merged");
		assertThat(this.jdbc.sql("select count(*) from org_unit where merged_into_id = :t and closed_on is not null")
			.param("t", target)
			.query(Long.class)
			.single()).isEqualTo(2L);
	}

	@Test
	void theOfficeRenamesACellAndTheTreeOfYesterdayStillShowsTheOldName() {
		long committee = committee();
		String oldName = "Chi bộ Tên Cũ " + this.suffix;
		String newName = "Chi bộ Tên Mới " + this.suffix;
		long cell = create("KT-R-" + this.suffix, UnitKind.CELL, oldName, committee);

		openAs("vanphong", "/units/" + cell + "/rename");
		fill("#name", newName);
		fill("#effectiveDate", LocalDate.now().toString());
		fill("#decisionRef", "Quyết định 22-QĐ/ĐU");
		this.page.locator("#main form button[type=submit]").first().click();
		assertThat(this.page.locator(".alert-success")).isVisible();
		assertThat(this.page.locator("h1")).containsText(newName);

		this.page.navigate(url("/units?asOf=" + LocalDate.now().minusDays(1)));
		assertThat(this.page.locator(".alert-info")).isVisible();
		openNode("Đảng bộ Cục Hải quan");
		openNode("Đảng bộ Kiểm thử " + this.suffix);
		assertThat(this.page.locator("text=" + oldName).first()).isVisible();
		assertThat(this.page.locator("text=" + newName)).hasCount(0);
		screenshot("yesterday");

		this.page.navigate(url("/units"));
		openNode("Đảng bộ Cục Hải quan");
		openNode("Đảng bộ Kiểm thử " + this.suffix);
		assertThat(this.page.locator("text=" + newName).first()).isVisible();
		assertThat(this.page.locator("text=" + oldName)).hasCount(0);
	}

	@Test
	void theExportButtonDownloadsAWorkbookOfTheVisibleTree() throws Exception {
		long committee = committee();

		openAs("vanphong", "/units");
		screenshot("tree");
		Download download = this.page.waitForDownload(() -> this.page.locator("#unit-export").click());
		assertThat(download.suggestedFilename()).endsWith(".xlsx");
		Path file = Files.createTempFile("units", ".xlsx");
		download.saveAs(file);
		try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Cơ cấu tổ chức");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DBCHQ");
			boolean found = false;
			for (Row row : sheet) {
				found |= row.getCell(0).getStringCellValue().equals("KT-DB-" + this.suffix);
			}
			assertThat(found).as("the fresh committee (id %d) is in the file", committee).isTrue();
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
