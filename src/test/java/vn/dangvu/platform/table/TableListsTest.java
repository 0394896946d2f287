package vn.dangvu.platform.table;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.notification.Notice;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every list a person works from (decision 0186): each header the page offers sorts both
 * ways (aria-sort says which), the export opens with POI and holds the same rows in the
 * same order, and garbage in page, size, sort or format is ignored, never a 500.
 */
@IntegrationTest
class TableListsTest {

	private static final Pattern SORT_LINK = Pattern.compile("data-sort=\"([^\"]+)\"><span>([^<]+)</span>");

	private static final Pattern TOTAL = Pattern.compile("data-total=\"(\\d+)\"");

	private static final Pattern EXPORT = Pattern.compile("class=\"[^\"]*table-export[^\"]*\"\\s+href=\"([^\"]+)\"");

	/**
	 * The ledger's workbook (with totals and rule sources) shows the status as the amount
	 * paid.
	 */
	private static final Map<String, String> PAID = Map.of("status", "Đã nộp (đ)");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NotificationApi notifications;

	@Test
	void theProbationListSortsEveryColumnPagesAndExports() throws Exception {
		check("/membership/probation", TestCallers.admin(),
				List.of("name", "cell", "admittedOn", "endsOn", "daysLeft", "conversionDeadline"), 51);
	}

	@Test
	void theRemindersSortPageAndExport() throws Exception {
		check("/reminders", TestCallers.admin(), List.of("urgency", "dueOn"), 2);
	}

	@Test
	void theDirectiveRegistrySortsInSqlPagesAndExports() throws Exception {
		check("/directives", TestCallers.admin(),
				List.of("citation", "type", "issueDate", "issuer", "summary", "status"), 2);
		check("/directives?status=IN_FORCE&year=abc", TestCallers.admin(),
				List.of("citation", "type", "issueDate", "issuer", "summary", "status"), 2);
		assertThat(html("/directives?status=IN_FORCE&sort=oldest", TestCallers.admin()))
			.as("the header links keep the filters; an old sort name still works")
			.contains("href=\"/directives?status=IN_FORCE&amp;sort=issueDate%2Cdesc\"")
			.containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*data-sort=\"issueDate\"");
	}

	@Test
	void theTransfersSortPageAndExport() throws Exception {
		check("/membership/transfers?all=true", TestCallers.admin(),
				List.of("name", "kind", "from", "to", "sentOn", "sendDeadline", "state"), 0);
	}

	@Test
	void theDuesLedgersSortEveryColumnAndExportInThatOrder() throws Exception {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("bảng sắp xếp");
		String[] names = { "Phan Văn Ấtbảng", "Phan Thị Bébảng", "Phan Văn Cờbảng" };
		long salary = 7_000_000;
		for (String name : names) {
			long id = fixtures.person(name, LocalDate.of(1980, 1, 1), tree.cell(), tree.cell(), tree.unionBranch(),
					null);
			fixtures.salary(id, "SALARY", salary, "2020-01-01");
			salary += 1_500_000;
		}
		String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1).toString();
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, tree.cell());
		check("/membership/dues?unit=" + tree.cell() + "&month=" + month, secretary,
				List.of("name", "category", "base", "rate", "due", "status", "unpaidMonths"), 3, PAID);
		Caller officer = TestCallers.withRole(Role.UNION_OFFICER, tree.union());
		check("/membership/union/dues?unit=" + tree.unionBranch() + "&month=" + month, officer,
				List.of("name", "base", "rate", "due", "status", "unpaidMonths"), 3, PAID);
	}

	@Test
	void theYouthListsSortPageAndExportEachUnderItsOwnParameters() throws Exception {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("bảng đoàn");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		fixtures.person("Vũ Văn Anbảng", today.minusYears(33), tree.youthBranch(), null, null, tree.youthBranch());
		fixtures.person("Vũ Thị Bìnhbảng", today.minusYears(36), tree.youthBranch(), null, null, tree.youthBranch());
		fixtures.person("Vũ Văn Cảnhbảng", today.minusYears(32).minusDays(40), tree.youthBranch(), null, null,
				tree.otherYouthBranch());
		fixtures.person("Vũ Văn Dũngbảng", today.minusYears(20), tree.youthBranch(), null, null, tree.youthBranch());
		Caller officer = TestCallers.withRole(Role.YOUTH_OFFICER, tree.youth());
		String url = "/membership/youth?unit=" + tree.youthBranch();
		check(url, officer, List.of("name", "birthDate", "age", "branch"), 3);
		String members = html(url + "&memberSort=birthDate,desc&sort=age,asc", officer);
		assertThat(members).containsPattern("aria-sort=\"descending\"[^>]*>\\s*<a[^>]*data-sort=\"birthDate\"");
		assertThat(members).containsPattern("aria-sort=\"ascending\"[^>]*>\\s*<a[^>]*data-sort=\"age\"");
		assertThat(members).contains("memberFormat=xlsx");
		try (XSSFWorkbook book = workbook(get(url + "&memberSort=birthDate,desc&memberFormat=xlsx"), officer)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			assertThat(sheet.getLastRowNum()).isEqualTo(3);
			assertThat(format.formatCellValue(sheet.getRow(1).getCell(0))).isEqualTo("Vũ Văn Dũngbảng");
			assertThat(format.formatCellValue(sheet.getRow(3).getCell(0))).isEqualTo("Vũ Thị Bìnhbảng");
		}
	}

	@Test
	void theUnionMembersSortPageAndExport() throws Exception {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("bảng công đoàn");
		for (String name : new String[] { "Lý Văn Ânbảng", "Lý Thị Bảobảng", "Lý Văn Cúcbảng" }) {
			fixtures.person(name, LocalDate.of(1985, 3, name.length()), tree.unionBranch(), null, tree.unionBranch(),
					null);
		}
		check("/membership/union?unit=" + tree.unionBranch(), TestCallers.withRole(Role.UNION_OFFICER, tree.union()),
				List.of("name", "birthDate", "joinedOn"), 3);
	}

	@Test
	void theNoticesAndTheOutboxSortPageAndExport() throws Exception {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("bảng thông báo");
		long person = fixtures.person("Tạ Văn Ânbảng", LocalDate.of(1984, 4, 4), tree.cell(), tree.cell(), null, null);
		this.jdbc.sql("update person set email = :e where id = :id")
			.param("e", "an" + person + "@bang.example.vn")
			.param("id", person)
			.update();
		String tag = "bảng" + person;
		for (String subject : new String[] { "Ấn định lịch họp " + tag, "Báo cáo quý " + tag,
				"Chuẩn bị đại hội " + tag }) {
			this.notifications.send(new Notice(java.util.Set.of(person), subject, "Nội dung " + subject, null,
					"TABLE_TEST", "table:" + person, tree.cell()));
		}
		Caller member = TestCallers.member(person);
		long first = this.notifications.noticesFor(member, 0, 1).notices().get(0).id();
		this.notifications.markRead(first, member);
		check("/notifications", member, List.of("sentAt", "subject", "read"), 3);
		check("/notifications/outbox?q=" + person, TestCallers.admin(),
				List.of("createdAt", "recipient", "subject", "status", "attempts"), 3);
	}

	/**
	 * @param minRows rows the list must have for the check to mean something
	 */
	private void check(String url, Caller caller, List<String> expectedKeys, int minRows) throws Exception {
		check(url, caller, expectedKeys, minRows, Map.of());
	}

	/**
	 * @param exportLabels the export's header for a column when it differs from the
	 * page's
	 */
	private void check(String url, Caller caller, List<String> expectedKeys, int minRows,
			Map<String, String> exportLabels) throws Exception {
		String page = html(url, caller);
		Map<String, String> labels = sortable(page);
		assertThat(labels.keySet()).as("sortable headers of " + url).containsExactlyElementsOf(expectedKeys);
		long total = total(page);
		assertThat(total).as("rows of " + url).isGreaterThanOrEqualTo(minRows);
		String head = page.substring(page.indexOf("<thead"), page.indexOf("</thead>"));
		assertThat(head.split("data-sort=\"", -1).length - 1).as("each sortable header once in " + url)
			.isEqualTo(sortable(head).size());
		for (String key : expectedKeys) {
			List<String> firsts = new ArrayList<>();
			for (String dir : List.of("asc", "desc")) {
				String sorted = html(with(url, "sort=" + key + "," + dir), caller);
				assertThat(sorted).as(url + " sorted by " + key + "," + dir)
					.containsPattern("aria-sort=\"" + (dir.equals("asc") ? "ascending" : "descending")
							+ "\"[^>]*>\\s*<a[^>]*data-sort=\"" + key + "\"");
				List<Object> column = export(sorted, caller, exportLabels.getOrDefault(key, labels.get(key)), total);
				assertOrdered(column, dir.equals("asc"), url + " " + key + "," + dir);
				column.stream().filter((v) -> v != null).findFirst().ifPresent((v) -> firsts.add(v.toString()));
				if (column.stream().filter((v) -> v != null).distinct().count() < 2) {
					firsts.clear();
				}
			}
			if (firsts.size() == 2) {
				assertThat(firsts.get(0)).as(url + " " + key + " asc and desc start alike").isNotEqualTo(firsts.get(1));
			}
		}
		for (String garbage : new String[] { "page=-1", "page=99999", "page=abc", "size=0", "size=abc", "size=100000",
				"sort=zzz", "sort=name;drop%20table%20person,desc", "sort=,", "format=pdf",
				"page=2147483648&size=-3&sort=%27" }) {
			String body = html(with(url, garbage), caller);
			assertThat(total(body)).as(url + " with " + garbage).isEqualTo(total);
		}
		if (total > 2) {
			String second = html(with(url, "size=2&page=1"), caller);
			assertThat(second).contains("Trang 2 /");
			String last = html(with(url, "size=2&page=99999"), caller);
			assertThat(last).contains("Trang " + ((total + 1) / 2) + " / " + ((total + 1) / 2));
		}
	}

	private String html(String url, Caller caller) throws Exception {
		return this.mvc.perform(get(url).with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String with(String url, String params) {
		return url + (url.contains("?") ? "&" : "?") + params;
	}

	private static Map<String, String> sortable(String html) {
		Map<String, String> out = new LinkedHashMap<>();
		Matcher m = SORT_LINK.matcher(html);
		while (m.find()) {
			out.put(m.group(1), HtmlUtils.htmlUnescape(m.group(2)));
		}
		return out;
	}

	private static long total(String html) {
		Matcher m = TOTAL.matcher(html);
		assertThat(m.find()).as("the pager's row count").isTrue();
		return Long.parseLong(m.group(1));
	}

	/**
	 * The export linked from the page: the column with the header's label, row by row.
	 */
	/** The workbook the request answers (200) to the caller. */
	private XSSFWorkbook workbook(MockHttpServletRequestBuilder request, Caller caller) throws Exception {
		byte[] xlsx = this.mvc.perform(request.with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private List<Object> export(String html, Caller caller, String label, long total) throws Exception {
		Matcher m = EXPORT.matcher(html);
		assertThat(m.find()).as("an export link").isTrue();
		// the link is encoded already: as a URI, not a template that MockMvc would encode
		// again
		try (XSSFWorkbook book = workbook(get(URI.create(HtmlUtils.htmlUnescape(m.group(1)))), caller)) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter format = new DataFormatter();
			int headerRow = -1;
			int column = -1;
			for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 5) && column < 0; r++) {
				Row row = sheet.getRow(r);
				for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
					if (row.getCell(c) != null && label.equals(format.formatCellValue(row.getCell(c)))) {
						headerRow = r;
						column = c;
					}
				}
			}
			assertThat(column).as("the export has the column " + label).isNotNegative();
			List<Object> values = new ArrayList<>();
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row.getCell(0) == null
						|| format.formatCellValue(row.getCell(0)).isBlank() && row.getCell(1) == null) {
					break;
				}
				Cell cell = row.getCell(column);
				if (cell == null || cell.getCellType() == CellType.BLANK) {
					values.add(null);
				}
				else if (cell.getCellType() == CellType.NUMERIC) {
					values.add(cell.getNumericCellValue());
					if (org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
						assertThat(format.formatCellValue(cell)).matches("\\d{2}/\\d{2}/\\d{4}");
					}
				}
				else {
					values.add(format.formatCellValue(cell));
				}
			}
			assertThat(values).as("the export holds the list's rows").hasSize((int) total);
			return values;
		}
	}

	/**
	 * Numbers and dates must be in order (blanks last); texts are checked by their ends.
	 */
	private static void assertOrdered(List<Object> values, boolean ascending, String what) {
		List<Double> numbers = new ArrayList<>();
		boolean blank = false;
		for (Object v : values) {
			if (v == null) {
				blank = true;
				continue;
			}
			if (!(v instanceof Double d)) {
				return;
			}
			assertThat(blank).as(what + ": a blank before a value").isFalse();
			numbers.add(d);
		}
		for (int i = 1; i < numbers.size(); i++) {
			if (ascending) {
				assertThat(numbers.get(i)).as(what).isGreaterThanOrEqualTo(numbers.get(i - 1));
			}
			else {
				assertThat(numbers.get(i)).as(what).isLessThanOrEqualTo(numbers.get(i - 1));
			}
		}
	}

}
