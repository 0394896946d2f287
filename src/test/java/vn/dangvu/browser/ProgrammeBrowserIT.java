package vn.dangvu.browser;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dangvu.TestClock;
import vn.dangvu.platform.time.VietnamTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work programme pages in a browser: the administrator's menu, with "Chương trình
 * công tác", stays on one line at 1366 px; the demo programmes' pages and a part's form
 * have no serious axe-core finding; on a phone (390×844) the tree fits the screen and its
 * actions are on it; and issue 12's flow on a phone, from the spreadsheet import to the
 * board and the chart a cell's report changes.
 */
class ProgrammeBrowserIT extends BrowserTestBase {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Test
	void theAdministratorsMenuStaysOnOneLineAt1366() {
		openAs("admin", "/programmes");
		assertThat(this.page.locator("#mainNav a[href='/programmes']").innerText()).isEqualTo("Chương trình công tác");
		Number rows = (Number) this.page.evaluate("""
				() => new Set(Array.from(document.querySelectorAll('#mainNav > ul > li.nav-item'))
				  .map(li => Math.round(li.getBoundingClientRect().top))).size""");
		assertThat(rows.intValue()).as("rows of the menu at 1366 px").isEqualTo(1);
		screenshot("menu");
	}

	@Test
	void theProgrammePagesHaveNoSeriousAccessibilityFinding() {
		long old = programme("2020-01-01");
		long current = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.state = 'ADOPTED' order by p.starts_on desc limit 1""")
			.query(Long.class)
			.single();
		long activity = this.jdbc.sql("select min(id) from programme_activity where programme_id = :p")
			.param("p", current)
			.query(Long.class)
			.single();
		signIn("vanphong");
		for (String path : List.of("/programmes", "/programmes/" + old, "/programmes/" + current,
				"/programmes/" + current + "/amendments", "/programmes/new",
				"/programmes/" + current + "/activities/" + activity + "/edit", "/programmes/" + current + "/review",
				"/programmes/" + old + "/review?sort=late")) {
			this.page.navigate(url(path));
			assertThat(seriousAxeViolations()).as(path).isEmpty();
		}
	}

	@Test
	void onAPhoneTheTreeFitsAndItsActionsAreOnScreen() {
		usePhone();
		long current = this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.state = 'ADOPTED' order by p.starts_on desc limit 1""")
			.query(Long.class)
			.single();
		openAs("vanphong", "/programmes/" + current);
		fitsThePhoneScreen();
		onThePhoneScreen(this.page.locator("#add-area"));
		onThePhoneScreen(this.page.locator(".programme-activities tbody tr").first().locator("a.btn"));
		screenshot("tree");
		this.page.locator(".programme-activities tbody tr").first().locator("a.btn").click();
		this.page.waitForURL("**/edit");
		this.page.waitForLoadState(LoadState.LOAD);
		fitsThePhoneScreen();
		onThePhoneScreen(this.page.locator("#part-form button[type=submit]"));
		onThePhoneScreen(this.page.locator("#remove-form button[type=submit]"));
		screenshot("activity");
		this.page.navigate(url("/programmes"));
		fitsThePhoneScreen();
		screenshot("list");
		this.page.navigate(url("/programmes/" + current + "/review"));
		fitsThePhoneScreen();
		onThePhoneScreen(this.page.locator("#review-period button[type=submit]"));
		onThePhoneScreen(this.page.locator("#review-xlsx"));
		onThePhoneScreen(this.page.locator("#quick-periods a").last());
		screenshot("review");
	}

	/**
	 * Issue 12's flow, on a phone: the committee office creates this year's programme,
	 * imports it from a spreadsheet, adopts it and gives an activity of its key task to
	 * every cell of Đảng bộ khu vực XI; Cầu Treo's secretary finds it under "Hoạt động
	 * của tôi", reports one activity half done with a note and another done; the office's
	 * board cell and chart change. Every page fits the screen with its actions on it. The
	 * programme is the test's own and is closed at the end, so no demo cell keeps an open
	 * activity from it.
	 */
	@Test
	void anOfficeImportsCascadesAndASecretaryReportsProgressOnAPhone() throws IOException {
		LocalDate today = VietnamTime.today(this.clock);
		String tag = Long.toString(System.currentTimeMillis(), 36);
		String title = "Chương trình thử của luồng trình duyệt " + tag;
		String cascaded = "Tổ chức sinh hoạt chuyên đề về cải cách thủ tục hải quan " + tag;
		String ownOnly = "Gửi biên bản sinh hoạt chuyên đề của chi bộ " + tag;
		long root = unit("DBCHQ");
		long kvxi = unit("DB-KVXI");
		long cell = unit("CB-CAUTREO");
		String cellName = this.jdbc.sql("select name from org_unit where id = :id")
			.param("id", cell)
			.query(String.class)
			.single();
		try {
			usePhone();
			this.page.onDialog((d) -> d.accept());
			signIn("vanphong");

			// the office creates the programme of its committee for this year
			this.page.navigate(url("/programmes"));
			Locator create = this.page.locator("main a[href='/programmes/new']").first();
			onThePhoneScreen(create);
			create.click();
			this.page.locator("#title").waitFor();
			fitsThePhoneScreen();
			this.page.locator("#unitId").selectOption(String.valueOf(root));
			this.page.locator("#kind").selectOption("PARTY_ANNUAL");
			fill("#title", title);
			this.page.locator("#periodKind").selectOption("YEAR");
			fill("#startsOn", DAY.format(today.withDayOfYear(1)));
			fill("#endsOn", DAY.format(today.withMonth(12).withDayOfMonth(31)));
			submit("main form button[type=submit]", "#programme-state");
			long programme = this.jdbc.sql("select id from programme where title = :t")
				.param("t", title)
				.query(Long.class)
				.single();

			// imports its content from a spreadsheet
			onThePhoneScreen(this.page.locator("#import-xlsx"));
			this.page.locator("#import-xlsx").click();
			this.page.locator("#file").waitFor();
			this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
			fitsThePhoneScreen();
			onThePhoneScreen(this.page.locator("#import-template"));
			onThePhoneScreen(this.page.locator("#import-sample"));
			onThePhoneScreen(this.page.locator("#import-submit"));
			screenshot("import");
			this.page.locator("#file")
				.setInputFiles(new FilePayload("chuong-trinh-" + tag + ".xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
						sheet(today, cascaded, ownOnly)));
			submit("#import-submit", ".programme-task");
			assertThat(this.page.locator(".programme-activities tbody tr").count()).isEqualTo(2);
			long task = this.jdbc.sql("select id from programme_task where programme_id = :p")
				.param("p", programme)
				.query(Long.class)
				.single();
			long activity = activity(programme, cascaded);
			long own = activity(programme, ownOnly);

			// adopts it on a document of the registry
			this.page.locator("#adopt summary").click();
			this.page.locator("#adopt-document option:nth-child(2)")
				.waitFor(new Locator.WaitForOptions()
					.setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
			this.page.locator("#adopt-document").selectOption(new SelectOption().setIndex(1));
			onThePhoneScreen(this.page.locator("#adopt-submit"));
			submit("#adopt-submit", "#progress-link");
			assertThat(this.page.locator("#programme-state").innerText()).isEqualTo("Đã thông qua");

			// gives the activity of the key task to every cell of Đảng bộ khu vực XI
			Locator edit = this.page.locator("#activity-" + activity + " a.btn");
			onThePhoneScreen(edit);
			edit.click();
			this.page.locator("#allCellsUnder").waitFor();
			this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
			fitsThePhoneScreen();
			this.page.locator("#allCellsUnder").selectOption(String.valueOf(kvxi));
			fill("#amendmentReason", "Giao cho tất cả chi bộ thuộc Đảng bộ khu vực XI");
			onThePhoneScreen(this.page.locator("#part-form button[type=submit]"));
			submit("#part-form button[type=submit]", "#programme-state");
			int cells = this.jdbc.sql("select count(*) from programme_activity_owner where activity_id = :a")
				.param("a", activity)
				.query(Integer.class)
				.single();
			assertThat(cells).as("owners after the cascade").isGreaterThan(2);
			assertThat(ownerRow(activity, cell)).isTrue();

			// the units below that concretise the key task
			Locator cascade = this.page.locator("#task-" + task + " a[href$='/tasks/" + task + "/cascade']");
			onThePhoneScreen(cascade);
			cascade.click();
			this.page.waitForURL("**/cascade");
			this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
			fitsThePhoneScreen();
			screenshot("cascade");

			// the board and the charts before the report
			String boardBefore = boardCell(programme, cellName, "1.1");
			assertThat(boardBefore).contains("Xong 0");
			double doneBefore = chartDone(programme);

			// the indicator's value of the year
			Locator values = this.page.locator("#indicator-table a.btn");
			onThePhoneScreen(values);
			values.click();
			this.page.locator("#value-form").waitFor();
			this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
			fitsThePhoneScreen();
			this.page.locator("#period").selectOption("YEAR");
			fill("#year", String.valueOf(today.getYear()));
			fill("#value", "60");
			onThePhoneScreen(this.page.locator("#value-submit"));
			submit("#value-submit", "#values");
			fitsThePhoneScreen();
			screenshot("values");

			// Cầu Treo's secretary finds the activity on the home page
			this.context.close();
			usePhone();
			signIn("bithu.cautreo");
			this.page.navigate(url("/"));
			Locator mine = this.page.locator("#myActivities li[data-activity='" + activity + "'] a");
			PlaywrightAssertions.assertThat(mine).hasText(cascaded);
			fitsThePhoneScreen();
			onThePhoneScreen(mine);
			screenshot("home");
			mine.click();
			this.page.locator("#progress-link").waitFor();
			this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
			onThePhoneScreen(this.page.locator("#progress-link"));
			this.page.locator("#progress-link").click();
			this.page.locator("#my-rows").waitFor();
			fitsThePhoneScreen();

			// reports the cascaded activity half done, with a note
			report(programme, activity, cell);
			this.page.locator("label[for=status-IN_PROGRESS]").click();
			fill("#percent", "50");
			fill("#note", "Đã tổ chức sinh hoạt ở hai tổ đảng " + tag);
			submit("#progress-submit", "#history");
			PlaywrightAssertions.assertThat(this.page.locator("#history")).containsText("Đang thực hiện 50%");
			PlaywrightAssertions.assertThat(this.page.locator("#history")).containsText("hai tổ đảng " + tag);
			fitsThePhoneScreen();
			screenshot("reported");

			// and the chi bộ's own activity done
			this.page.navigate(url("/programmes/" + programme + "/progress"));
			this.page.locator("#my-rows").waitFor();
			report(programme, own, cell);
			assertThat(this.page.locator("#percent").inputValue()).as("no percent implied by a row not started")
				.isEmpty();
			this.page.locator("label[for=status-DONE]").click();
			PlaywrightAssertions.assertThat(this.page.locator("#percent")).hasValue("100");
			fill("#note", "Đã gửi biên bản " + tag);
			submit("#progress-submit", "#history");
			PlaywrightAssertions.assertThat(this.page.locator("#history")).containsText("Đã xong 100%");

			// the office's board cell and chart change
			this.context.close();
			usePhone();
			this.page.onDialog((d) -> d.accept());
			signIn("vanphong");
			String boardAfter = boardCell(programme, cellName, "1.1");
			assertThat(boardAfter).contains("Xong 1").isNotEqualTo(boardBefore);
			assertThat(chartDone(programme)).as("activities done on the chart").isEqualTo(doneBefore + 1);
			Object percent = this.page.evaluate("() => Chart.getChart('indicators-chart').data.datasets[0].data[0]");
			assertThat(((Number) percent).doubleValue()).as("percent of the indicator's target").isEqualTo(60);

			// the office closes its programme: nothing of it stays open for the cells
			this.page.navigate(url("/programmes/" + programme));
			this.page.locator("#close summary").click();
			onThePhoneScreen(this.page.locator("#close button[type=submit]"));
			submit("#close button[type=submit]", "#programme-state");
			assertThat(this.page.locator("#programme-state").innerText()).isEqualTo("Đã kết thúc");
		}
		finally {
			this.jdbc
				.sql("update programme set state = 'CLOSED', closed_on = :d where title = :t and state <> 'CLOSED'")
				.param("d", today)
				.param("t", title)
				.update();
		}
	}

	/**
	 * Clicks the submit button, then waits for the next page to show the element and run
	 * its scripts.
	 */
	private void submit(String button, String next) {
		this.page.locator(button).click();
		this.page.locator(next).first().waitFor();
		this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
	}

	/**
	 * From the secretary's "Việc của đơn vị tôi", opens the progress form of the activity
	 * for the cell: it fits the phone, its statuses and its button on screen.
	 */
	private void report(long programme, long activity, long cell) {
		Locator update = this.page.locator("#my-rows a[href='/programmes/" + programme + "/activities/" + activity
				+ "/progress?unit=" + cell + "']");
		onThePhoneScreen(update);
		update.click();
		this.page.locator("#progress-form").waitFor();
		this.page.waitForLoadState(LoadState.DOMCONTENTLOADED);
		fitsThePhoneScreen();
		Locator statuses = this.page.locator("#progress-form label.btn");
		for (int i = 0; i < statuses.count(); i++) {
			onThePhoneScreen(statuses.nth(i));
		}
		onThePhoneScreen(this.page.locator("#progress-submit"));
		screenshot("progress-form");
	}

	/**
	 * The board's cell of the unit's column in the key task's row, as text, found on
	 * whichever page of units holds the unit; on the way the board fits the phone.
	 */
	private String boardCell(long programme, String unitName, String taskCode) {
		for (int unitPage = 0; unitPage < 20; unitPage++) {
			this.page.navigate(url("/programmes/" + programme + "/board?unitPage=" + unitPage));
			this.page.locator("#board").waitFor();
			fitsThePhoneScreen();
			onThePhoneScreen(this.page.locator("#board-filter button[type=submit]"));
			onThePhoneScreen(this.page.locator("#board-xlsx"));
			Object text = this.page.evaluate(
					"""
							([unit, code]) => {
							  const heads = Array.from(document.querySelectorAll('#board thead th'));
							  const i = heads.findIndex(th => th.querySelector('span') && th.querySelector('span').textContent.trim() === unit);
							  if (i < 0) return null;
							  const row = Array.from(document.querySelectorAll('#board tbody tr'))
							    .find(tr => tr.querySelector('th .badge') && tr.querySelector('th .badge').textContent.trim() === code);
							  return row ? row.children[i].textContent.replace(/\\s+/g, ' ').trim() : null;
							}""",
					List.of(unitName, taskCode));
			if (text != null) {
				screenshot("board");
				return (String) text;
			}
			if (this.page.locator("#board-units")
				.innerText()
				.startsWith("Đơn vị trang " + (unitPage + 1) + "/" + (unitPage + 1) + " ")) {
				break;
			}
		}
		throw new AssertionError(unitName + " is on no page of the board");
	}

	/**
	 * The activities done on the charts page's first timeline; the page fits the phone.
	 */
	private double chartDone(long programme) {
		this.page.navigate(url("/programmes/" + programme + "/charts"));
		this.page.waitForFunction(
				"() => typeof Chart !== 'undefined' && Chart.getChart('timeline-0') !== undefined && Chart.getChart('indicators-chart') !== undefined");
		fitsThePhoneScreen();
		screenshot("charts");
		return ((Number) this.page
			.evaluate("() => Chart.getChart('timeline-0').data.datasets[0].data.reduce((a, b) => a + b, 0)"))
			.doubleValue();
	}

	private long unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	private long activity(long programme, String title) {
		return this.jdbc.sql("select id from programme_activity where programme_id = :p and title = :t")
			.param("p", programme)
			.param("t", title)
			.query(Long.class)
			.single();
	}

	private boolean ownerRow(long activity, long unit) {
		return this.jdbc.sql("select count(*) from programme_activity_owner where activity_id = :a and unit_id = :u")
			.param("a", activity)
			.param("u", unit)
			.query(Integer.class)
			.single() == 1;
	}

	/**
	 * The programme as a spreadsheet: one area, key task 1.1 with a percent indicator, an
	 * activity of Đảng bộ khu vực XI and one of Cầu Treo's cell, both due today.
	 */
	private static byte[] sheet(LocalDate today, String cascaded, String ownOnly) throws IOException {
		String start = DAY.format(today.withDayOfYear(1));
		String due = DAY.format(today);
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			rows(wb.createSheet("Hoạt động"),
					new String[] { "Lĩnh vực", "Mã nhiệm vụ", "Nhiệm vụ trọng tâm", "Hoạt động", "Đơn vị chủ trì",
							"Bắt đầu", "Hạn", "Sản phẩm" },
					new String[] { "Xây dựng Đảng về chính trị", "1.1", "Nâng cao chất lượng sinh hoạt chi bộ",
							cascaded, "DB-KVXI", start, due, "Báo cáo chuyên đề" },
					new String[] { "", "", "", ownOnly, "CB-CAUTREO", start, due, "Biên bản" });
			rows(wb.createSheet("Chỉ tiêu"),
					new String[] { "Mã nhiệm vụ", "Chỉ tiêu", "Loại", "Mục tiêu", "Đơn vị tính" },
					new String[] { "1.1", "Chi bộ sinh hoạt chuyên đề đúng kỳ", "Tỷ lệ phần trăm", "100", "" });
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			return out.toByteArray();
		}
	}

	private static void rows(Sheet sheet, String[]... rows) {
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r);
			for (int c = 0; c < rows[r].length; c++) {
				if (!rows[r][c].isEmpty()) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
		}
	}

	private long programme(String startsOn) {
		return this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id where u.code = 'DBCHQ'
				  and p.created_by = 'demo' and p.starts_on = cast(:s as date)""")
			.param("s", startsOn)
			.query(Long.class)
			.single();
	}

}
