package vn.dangvu.programme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.meeting.MeetingFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeFixtures.Answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A programme's structure as a spreadsheet (decision 0271) on the real database: the
 * 18/235/3 sample imports whole; an export imports again into an equal structure; every
 * malformed file is refused with its reason; wrong rows are all listed by row and column
 * and nothing is written; only the programme's writer imports, only into an empty draft.
 */
@IntegrationTest
class ProgrammeSheetTest extends ProgrammeTestBase {

	static final String[] HEADER = { "Lĩnh vực", "Mã nhiệm vụ", "Nhiệm vụ trọng tâm", "Trọng số nhiệm vụ", "Hoạt động",
			"Đơn vị chủ trì", "Người phụ trách", "Bắt đầu", "Hạn", "Sản phẩm", "Trọng số" };

	static final String[] INDICATOR_HEADER = { "Mã nhiệm vụ", "Chỉ tiêu", "Loại", "Mục tiêu", "Đơn vị tính" };

	String cellCode;

	ProgrammeSheetTest() {
		super("bảng tính");
	}

	@BeforeEach
	void cellCode() {
		this.cellCode = this.jdbc.sql("select code from org_unit where id = :id")
			.param("id", this.tree.cell())
			.query(String.class)
			.single();
	}

	@Test
	void theSampleImportsAs3Areas18KeyTasksAnd235ActivitiesAndAnExportImportsAgainEqual() throws Exception {
		Caller admin = TestCallers.admin();
		long dbchq = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		long id = this.fixtures.programme(admin, dbchq, 2020);
		byte[] sample;
		try (InputStream in = new ClassPathResource("samples/chuong-trinh-cong-tac-2020-mau.xlsx").getInputStream()) {
			sample = in.readAllBytes();
		}
		Answer a = importFile(admin, id, sample);
		assertThat(a.status()).as(a.body()).isEqualTo(200);
		assertThat((int) a.read("$.areas")).isEqualTo(3);
		assertThat((int) a.read("$.tasks")).isEqualTo(18);
		assertThat((int) a.read("$.activities")).isEqualTo(235);
		assertThat(count("select count(*) from programme_area where programme_id = :p", id)).isEqualTo(3);
		assertThat(count("select count(*) from programme_task where programme_id = :p", id)).isEqualTo(18);
		assertThat(count("select count(*) from programme_activity where programme_id = :p", id)).isEqualTo(235);
		assertThat(count("""
				select count(*) from programme_indicator i join programme_task t on t.id = i.task_id
				where t.programme_id = :p""", id)).isEqualTo(19);
		assertThat(count("""
				select count(*) from programme_activity where programme_id = :p and due_precision = 'QUARTER'
				  and due_on = date '2020-09-30'""", id)).isPositive();
		assertThat(count("""
				select count(*) from audit_event where entity_type = 'Programme' and entity_id = :p::text
				  and action = 'IMPORT'""", id)).isEqualTo(1);
		assertThat(signature(id, false)).as("the sample is the demo's 2020 programme")
			.isEqualTo(signature(demo2020(), false));

		Answer export = this.fixtures.get(admin, "/api/v1/programmes/" + id + "/export.xlsx");
		assertThat(export.status()).isEqualTo(200);
		byte[] exported = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/programmes/{id}/export.xlsx", demo2020())
				.with(TestCallers.as(admin)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long again = this.fixtures.programme(admin, dbchq, 2020);
		Answer b = importFile(admin, again, exported);
		assertThat(b.status()).as(b.body()).isEqualTo(200);
		assertThat(signature(again, true)).as("the demo's programme exported, with its leads, imports equal")
			.isEqualTo(signature(demo2020(), true));
	}

	@Test
	void anExportWithLeadsStartsAndStatusImportsAgainIntoAnEqualStructure() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		long area = this.fixtures.area(this.office, id, "Xây dựng Đảng");
		long task = this.fixtures.task(this.office, id, area, "Nâng cao chất lượng sinh hoạt chi bộ", null);
		long activity = this.fixtures.activity(this.office, id, task, "Sơ kết 6 tháng", "2026-07-15", this.tree.cell());
		Answer lead = this.fixtures.patch(this.office, "/api/v1/programmes/%d/activities/%d".formatted(id, activity),
				"""
						{"leadPersonId": %d, "startsOn": "2026-03-02", "deliverable": "Báo cáo", "weight": 2.5,
						 "ownerUnitIds": [%d, %d], "version": %d}""".formatted(this.tree.full().get(0),
						this.tree.cell(), this.tree.otherCell(), this.fixtures.version(id)));
		assertThat(lead.status()).as(lead.body()).isEqualTo(200);
		Answer quarter = this.fixtures.post(this.office, "/api/v1/programmes/%d/activities".formatted(id), """
				{"taskId": %d, "title": "Kiểm tra chi bộ", "dueOn": "2026-08-01", "duePrecision": "QUARTER",
				 "ownerUnitIds": [%d], "version": %d}""".formatted(task, this.tree.cell(), this.fixtures.version(id)));
		assertThat(quarter.status()).as(quarter.body()).isEqualTo(201);
		Answer indicator = this.fixtures.post(this.office, "/api/v1/programmes/%d/indicators".formatted(id), """
				{"taskId": %d, "name": "Kết nạp đảng viên", "kind": "COUNT", "target": 1200, "unitLabel": "đảng viên",
				 "version": %d}""".formatted(task, this.fixtures.version(id)));
		assertThat(indicator.status()).as(indicator.body()).isEqualTo(201);
		this.fixtures.area(this.office, id, "Lĩnh vực chưa có nhiệm vụ");
		this.jdbc.sql("update programme_activity_owner set status = 'IN_PROGRESS', percent = 40 where activity_id = :a")
			.param("a", activity)
			.update();

		byte[] exported = this.mvc
			.perform(MockMvcRequestBuilders.get("/api/v1/programmes/{id}/export.xlsx", id)
				.with(TestCallers.as(this.office)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
			Row header = wb.getSheetAt(0).getRow(0);
			assertThat(header.getCell(11).getStringCellValue()).isEqualTo("Tình hình thực hiện");
			Row first = wb.getSheetAt(0).getRow(1);
			assertThat(first.getCell(11).getStringCellValue()).contains("Đang thực hiện 40%");
			assertThat(first.getCell(6).getStringCellValue()).isEqualTo("Trần Thử Một");
			assertThat(wb.getSheetAt(0).getRow(2).getCell(8).getStringCellValue()).isEqualTo("Quý 3/2026");
			assertThat(wb.getSheet("Chỉ tiêu").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Số lượng");
		}
		long again = this.fixtures.programme(this.office, this.tree.root(), 2026);
		Answer a = importFile(this.office, again, exported);
		assertThat(a.status()).as(a.body()).isEqualTo(200);
		assertThat(signature(again, true)).isEqualTo(signature(id, true));
		assertThat(signature(again, true)).anyMatch((s) -> s.contains("Trần Thử Một") && s.contains("2026-03-02"));
		assertThat(count("select count(*) from programme_area where programme_id = :p", again)).isEqualTo(2);
	}

	@Test
	void everyMalformedFileIsRefusedWithItsReasonAndNothingIsWritten() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		String[] good = { "Xây dựng Đảng", "1.1", "Sinh hoạt chi bộ", "", "Sơ kết", this.cellCode, "", "", "15/07/2026",
				"", "" };
		byte[] random = new byte[2000];
		new Random(7).nextBytes(random);
		refused(id, random, "không phải là bảng tính Excel .xlsx");
		refused(id, "Lĩnh vực,Mã nhiệm vụ,Nhiệm vụ trọng tâm\nXây dựng Đảng,1.1,Sinh hoạt\n"
			.getBytes(StandardCharsets.UTF_8), "không phải là bảng tính Excel .xlsx");
		refused(id, xls(), "không phải là bảng tính Excel .xlsx");
		refused(id, new byte[0], "Chưa chọn tệp");
		refused(id, new byte[5 * 1024 * 1024 + 1], "Tệp quá lớn");
		String[] noDue = { "Lĩnh vực", "Mã nhiệm vụ", "Nhiệm vụ trọng tâm", "Hoạt động", "Đơn vị chủ trì" };
		refused(id, book(noDue, new String[] { "A", "1.1", "B", "C", this.cellCode }), "thiếu cột: Hạn");
		String[] extra = HEADER.clone();
		extra[10] = "Ghi chú";
		refused(id, book(extra, good), "cột \"Ghi chú\" không thuộc mẫu");
		String[] lower = { "LĨNH VỰC", "ma nhiem vu", "Nhiệm vụ trọng tâm", "Hạn", "Hoạt động", "Đơn vị chủ trì" };
		refused(id, book(lower), "không có dòng dữ liệu");
		refused(id, book(HEADER), "không có dòng dữ liệu");
		try (XSSFWorkbook wb = new XSSFWorkbook()) {
			wb.createSheet("Hoạt động");
			refused(id, bytes(wb), "không có dòng tên cột");
		}
		try (XSSFWorkbook wb = workbook(HEADER, good, good)) {
			wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
			refused(id, bytes(wb), "có ô gộp (A2:A3)");
		}
		try (XSSFWorkbook wb = workbook(HEADER, good)) {
			wb.getSheetAt(0).getRow(1).createCell(3).setCellFormula("1+1");
			refused(id, bytes(wb), "có công thức ở ô D2");
		}
		byte[] big;
		try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
			Sheet sheet = wb.createSheet("Hoạt động");
			fill(sheet.createRow(0), HEADER);
			for (int r = 1; r <= 10_000; r++) {
				fill(sheet.createRow(r), good);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			wb.write(out);
			big = out.toByteArray();
		}
		long started = System.nanoTime();
		refused(id, big, "quá 5.000 dòng dữ liệu");
		assertThat((System.nanoTime() - started) / 1_000_000).as("refused in ms").isLessThan(10_000);
	}

	@Test
	void wrongRowsAreAllListedByRowAndColumnAndNothingIsWritten() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		int audits = count("select count(*) from audit_event where unit_id = :p", this.tree.root());
		byte[] file = book(HEADER,
				new String[][] {
						{ "Xây dựng Đảng", "1.1", "Sinh hoạt chi bộ", "", "Sơ kết", this.cellCode, "", "", "15/07/2026",
								"", "" },
						{ "", "", "", "", "Tổng kết", this.cellCode, "", "", "31/12/2027", "", "" },
						{ "", "", "", "", "Kiểm tra", "KHONG-CO-DON-VI", "", "", "06/2026", "", "" },
						{ "", "", "", "", "Hội nghị", this.cellCode, "", "", "hôm nay", "", "" },
						{ "", "", "", "", "Học tập", this.cellCode, "", "31/02/2026", "Quý 3/2026", "", "" },
						{ "", "", "", "", "", this.cellCode, "", "", "12/2026", "", "" },
						{ "", "1.1", "Nhiệm vụ khác", "", "Chen", this.cellCode, "", "", "12/2026", "", "" },
						{ "", "1.2", "Công tác cán bộ", "abc", "", "", "", "", "", "", "" } },
				INDICATOR_HEADER,
				new String[][] { { "9.9", "Chỉ tiêu lạc", "Số lượng", "5", "" },
						{ "1.1", "Tỷ lệ", "Phần trăm", "90", "" },
						{ "1.1", "Tỷ lệ sinh hoạt", "Tỷ lệ phần trăm", "150", "" } });
		Answer a = importFile(this.office, id, file);
		assertThat(a.status()).as(a.body()).isEqualTo(422);
		List<String> fields = a.read("$.errors[*].field");
		assertThat(fields).containsExactly("row3.dueOn", "row4.owners", "row5.dueOn", "row6.startsOn", "row7.activity",
				"row8.taskCode", "row9.taskWeight", "indicatorRow2.taskCode", "indicatorRow3.kind",
				"indicatorRow4.target");
		List<String> messages = a.read("$.errors[*].message");
		assertThat(messages.get(0)).startsWith("Dòng 3, cột Hạn: ").contains("31/12/2027");
		assertThat(messages.get(1)).isEqualTo("Dòng 4, cột Đơn vị chủ trì: Không có đơn vị mã \"KHONG-CO-DON-VI\".");
		assertThat(messages.get(2)).contains("hôm nay");
		assertThat(messages.get(3)).startsWith("Dòng 6, cột Bắt đầu: ");
		assertThat(messages.get(4)).startsWith("Dòng 7, cột Hoạt động: ");
		assertThat(messages.get(5)).contains("đã dùng ở dòng 2");
		assertThat(messages.get(7)).startsWith("Trang Chỉ tiêu, dòng 2, cột Mã nhiệm vụ: ");
		assertThat(messages.get(9)).startsWith("Trang Chỉ tiêu, dòng 4, cột Mục tiêu: ");
		assertThat((String) a.read("$.detail")).isEqualTo("Không nhập: 10 lỗi trong tệp, chưa ghi dòng nào.");
		nothingWritten(id, 0);
		assertThat(count("select count(*) from audit_event where unit_id = :p", this.tree.root())).isEqualTo(audits);
	}

	@Test
	void onlyTheProgrammesWriterImportsAndOnlyIntoAnEmptyDraft() throws Exception {
		byte[] file = book(HEADER, new String[] { "Xây dựng Đảng", "1.1", "Sinh hoạt chi bộ", "", "Sơ kết",
				this.cellCode, "", "", "15/07/2026", "", "" });
		long draft = this.fixtures.programme(this.office, this.tree.root(), 2026);
		assertThat(importFile(this.tree.secretary(), draft, file).status()).as("the committee's draft is unseen")
			.isEqualTo(404);
		long adopted = this.fixtures.programme(this.office, this.tree.root(), 2026);
		this.jdbc.sql(
				"update programme set state = 'ADOPTED', adopted_on = date '2026-01-10', adopting_meeting_id = 1 where id = :id")
			.param("id", adopted)
			.update();
		assertThat(importFile(this.tree.secretary(), adopted, file).status()).isEqualTo(403);
		Answer notDraft = importFile(this.office, adopted, file);
		assertThat(notDraft.status()).isEqualTo(422);
		assertThat((String) notDraft.read("$.errors[0].field")).isEqualTo("programmeId");
		Answer stale = send(this.office, draft, 7, file);
		assertThat(stale.status()).isEqualTo(409);
		nothingWritten(draft, 0);
		nothingWritten(adopted, 0);
		assertThat(importFile(this.office, draft, file).status()).isEqualTo(200);
		Answer twice = importFile(this.office, draft, file);
		assertThat(twice.status()).isEqualTo(422);
		assertThat((String) twice.read("$.detail")).contains("chỉ nhập Excel vào dự thảo chưa có nội dung");
		MeetingFixtures.Cell other = this.fixtures.committee("bảng tính khác");
		assertThat(this.fixtures.get(other.office(), "/api/v1/programmes/" + draft + "/export.xlsx").status())
			.isEqualTo(404);
		assertThat(this.fixtures.get(other.office(), "/programmes/" + draft + "/export.xlsx").status()).isEqualTo(404);
	}

	@Test
	void theDraftsPageImportsAndListsWrongRows() throws Exception {
		long id = this.fixtures.programme(this.office, this.tree.root(), 2026);
		Answer show = this.fixtures.get(this.office, "/programmes/" + id);
		assertThat(show.body()).contains("/programmes/" + id + "/export.xlsx")
			.contains("/programmes/" + id + "/import");
		Answer page = this.fixtures.get(this.office, "/programmes/" + id + "/import");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Nhập chương trình từ Excel").contains("/programmes/import/template.xlsx");
		byte[] wrong = book(HEADER, new String[] { "Xây dựng Đảng", "1.1", "Sinh hoạt chi bộ", "", "Sơ kết",
				this.cellCode, "", "", "31/12/2027", "", "" });
		Answer refused = answer(upload("/programmes/" + id + "/import", this.office, wrong).param("version",
				String.valueOf(this.fixtures.version(id))));
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.body()).contains("Dòng 2, cột Hạn: ");
		byte[] right = book(HEADER, new String[] { "Xây dựng Đảng", "1.1", "Sinh hoạt chi bộ", "", "Sơ kết",
				this.cellCode, "", "", "15/07/2026", "", "" });
		Answer done = answer(upload("/programmes/" + id + "/import", this.office, right).param("version",
				String.valueOf(this.fixtures.version(id))));
		assertThat(done.status()).isEqualTo(302);
		assertThat(count("select count(*) from programme_activity where programme_id = :p", id)).isEqualTo(1);
		Answer template = this.fixtures.get(this.office, "/programmes/import/template.xlsx");
		assertThat(template.status()).isEqualTo(200);
		Answer sample = this.fixtures.get(this.office, "/api/v1/programmes/import/sample.xlsx");
		assertThat(sample.status()).isEqualTo(200);
	}

	// Helpers

	private long demo2020() {
		return this.jdbc.sql("""
				select p.id from programme p join org_unit u on u.id = p.unit_id
				where u.code = 'DBCHQ' and p.starts_on = date '2020-01-01' and p.created_by = 'demo'""")
			.query(Long.class)
			.single();
	}

	/**
	 * The structure as lines to compare: areas, tasks, activities with owners,
	 * indicators.
	 */
	private List<String> signature(long programmeId, boolean withLead) {
		return this.jdbc
			.sql("""
					select concat_ws(' | ', ar.position, ar.title, t.code, t.title, t.weight::text, a.position, a.title,
					       a.starts_on::text, a.due_on::text, a.due_precision, a.deliverable, a.weight::text, case when :lead then pr.full_name end,
					       (select string_agg(u.code, ',' order by u.code) from programme_activity_owner o
					        join unit_ref u on u.id = o.unit_id where o.activity_id = a.id),
					       (select string_agg(i.name || '/' || i.kind || '/' || i.target::text || '/' || coalesce(i.unit_label, ''),
					        ';' order by i.position) from programme_indicator i where i.task_id = t.id))
					from programme_area ar
					left join programme_task t on t.area_id = ar.id
					left join programme_activity a on a.task_id = t.id
					left join person_ref pr on pr.id = a.lead_person_id
					where ar.programme_id = :p order by ar.position, t.position, a.position""")
			.param("p", programmeId)
			.param("lead", withLead)
			.query(String.class)
			.list();
	}

	private void refused(long id, byte[] file, String reason) throws Exception {
		Answer a = importFile(this.office, id, file);
		assertThat(a.status()).as(a.body()).isEqualTo(422);
		assertThat((String) a.read("$.errors[0].field")).isEqualTo("file");
		assertThat((String) a.read("$.detail")).contains(reason);
		nothingWritten(id, 0);
	}

	private void nothingWritten(long id, int version) {
		assertThat(count("select count(*) from programme_area where programme_id = :p", id)).isZero();
		assertThat(count("select count(*) from programme_task where programme_id = :p", id)).isZero();
		assertThat(count("select count(*) from programme_activity where programme_id = :p", id)).isZero();
		assertThat(this.fixtures.version(id)).isEqualTo(version);
	}

	private Answer importFile(Caller caller, long id, byte[] file) throws Exception {
		return send(caller, id, this.fixtures.version(id), file);
	}

	private Answer send(Caller caller, long id, int version, byte[] file) throws Exception {
		return this.fixtures.post(caller, "/api/v1/programmes/import",
				"{\"programmeId\": %d, \"version\": %d, \"file\": \"%s\"}".formatted(id, version,
						java.util.Base64.getEncoder().encodeToString(file)));
	}

	private static MockMultipartHttpServletRequestBuilder upload(String url, Caller caller, byte[] file) {
		return MockMvcRequestBuilders.multipart(url)
			.file(new MockMultipartFile("file", "chuong-trinh.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
			.with(TestCallers.as(caller))
			.with(csrf());
	}

	private Answer answer(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		var r = this.mvc.perform(request).andReturn().getResponse();
		return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
	}

	private int count(String sql, long id) {
		return this.jdbc.sql(sql).param("p", id).query(Integer.class).single();
	}

	static byte[] book(String[] header, String[]... rows) throws IOException {
		try (XSSFWorkbook wb = workbook(header, rows)) {
			return bytes(wb);
		}
	}

	static byte[] book(String[] header, String[][] rows, String[] indicatorHeader, String[][] indicators)
			throws IOException {
		try (XSSFWorkbook wb = workbook(header, rows)) {
			Sheet sheet = wb.createSheet("Chỉ tiêu");
			fill(sheet.createRow(0), indicatorHeader);
			for (int r = 0; r < indicators.length; r++) {
				fill(sheet.createRow(r + 1), indicators[r]);
			}
			return bytes(wb);
		}
	}

	static XSSFWorkbook workbook(String[] header, String[]... rows) {
		XSSFWorkbook wb = new XSSFWorkbook();
		Sheet sheet = wb.createSheet("Hoạt động");
		fill(sheet.createRow(0), header);
		for (int r = 0; r < rows.length; r++) {
			fill(sheet.createRow(r + 1), rows[r]);
		}
		return wb;
	}

	static void fill(Row row, String[] values) {
		for (int c = 0; c < values.length; c++) {
			if (!values[c].isEmpty()) {
				row.createCell(c).setCellValue(values[c]);
			}
		}
	}

	static byte[] bytes(Workbook wb) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		wb.write(out);
		return out.toByteArray();
	}

	static byte[] xls() throws IOException {
		try (HSSFWorkbook wb = new HSSFWorkbook()) {
			fill(wb.createSheet("Hoạt động").createRow(0), HEADER);
			return bytes(wb);
		}
	}

}
