package vn.dangvu.meeting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.ResultActions;

import vn.dangvu.TestCallers;
import vn.dangvu.IntegrationTest;
import vn.dangvu.people.PeopleFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * The committee's oversight (decision 0227) on the test's own committee: which cells met
 * in a month and which owe the quarter's thematic meeting (a thematic meeting does not
 * replace the regular one, one in the quarter's last month counts, a cell established
 * within the month is expected, a closed one is not after its closing), attendance,
 * grades and repeated absences from recorded meetings, scope and rights, the XLSX and the
 * page. "Today" is 20/06/2026 unless a test moves it.
 */
@IntegrationTest
class MeetingOversightTest extends MeetingTestBase {

	MeetingOversightTest() {
		super("theo dõi");
	}

	/** A meeting of the unit on a day, inserted as held or planned (no attendance). */
	long meeting(long unit, String kind, String day, String state) {
		return this.jdbc
			.sql("""
					insert into meeting (unit_id, kind, topic, meets_on, starts_at, state, created_by)
					values (:unit, :kind, 'Sinh hoạt thử', cast(:day as date), time '14:00', :state, 'test') returning id""")
			.param("unit", unit)
			.param("kind", kind)
			.param("day", day)
			.param("state", state)
			.query(Long.class)
			.single();
	}

	long cellUnder(long committee, String name, String establishedOn) {
		long id = new PeopleFixtures(this.jdbc).unit("OV-" + UUID.randomUUID().toString().substring(0, 8), "CELL",
				committee, name);
		this.jdbc.sql("update org_unit set established_on = cast(:on as date) where id = :id")
			.param("on", establishedOn)
			.param("id", id)
			.update();
		return id;
	}

	/** An account holding the cell secretary's role over the cell, under this name. */
	void secretaryAccount(long cell, String displayName) {
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash) values (:u, :d, 'x') returning id""")
			.param("u", "ov." + UUID.randomUUID().toString().substring(0, 8))
			.param("d", displayName)
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into account_grant (account_id, role, unit_id) values (:a, 'CELL_SECRETARY', :c)")
			.param("a", account)
			.param("c", cell)
			.update();
	}

	ResultActions compliance(Caller caller, long unit, String month) throws Exception {
		return this.mvc
			.perform(get("/api/v1/meetings/compliance?unit={u}&month={m}", unit, month).with(TestCallers.as(caller)));
	}

	String json(Caller caller, long unit, String month) throws Exception {
		return compliance(caller, unit, month).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	static List<Integer> ids(String json, String path) {
		List<Integer> ids = new ArrayList<>();
		for (Object id : JsonPath.<List<Object>>read(json, path)) {
			ids.add(((Number) id).intValue());
		}
		return ids;
	}

	@Test
	void aCellMeetsItsMonthWithARegularMeetingAndItsQuarterWithAThematicOneInAnyMonthOfIt() throws Exception {
		long a = this.cell.cell();
		long b = this.cell.otherCell();
		long newcomer = cellUnder(this.cell.root(), "Chi bộ mới lập", "2026-06-25");
		long closed = cellUnder(this.cell.root(), "Chi bộ đã giải thể", "2015-01-01");
		this.jdbc.sql("update org_unit set closed_on = date '2026-05-01' where id = :id").param("id", closed).update();
		secretaryAccount(b, "Bí thư Thử Nghiệm");
		meeting(a, "REGULAR", "2026-06-05", "HELD");
		// B holds only a thematic meeting in June (the quarter's last month): its quarter
		// is
		// kept, its month is not
		meeting(b, "THEMATIC", "2026-06-12", "HELD");
		long planned = meeting(b, "REGULAR", "2026-06-26", "PLANNED");
		meeting(a, "REGULAR", "2026-04-06", "HELD");
		meeting(closed, "REGULAR", "2026-04-06", "HELD");
		Caller office = this.cell.office();

		String june = json(office, this.cell.root(), "2026-06");
		assertThat(JsonPath.<String>read(june, "$.month")).isEqualTo("2026-06");
		assertThat(JsonPath.<Integer>read(june, "$.cellsExpected")).as("A, B and the cell established on the 25th")
			.isEqualTo(3);
		assertThat(JsonPath.<Integer>read(june, "$.cellsMet")).isEqualTo(1);
		assertThat(ids(june, "$.notMet[*].unitId")).containsExactlyInAnyOrder((int) b, (int) newcomer);
		assertThat(JsonPath.<List<String>>read(june, "$.notMet[?(@.unitId == %d)].secretaries[0]".formatted(b)))
			.containsExactly("Bí thư Thử Nghiệm");
		assertThat(ids(june, "$.notMet[?(@.unitId == %d)].plannedMeetingId".formatted(b)))
			.containsExactly((int) planned);
		assertThat(ids(june, "$.thematicMissing[*].unitId")).containsExactlyInAnyOrder((int) a, (int) newcomer);
		assertThat(JsonPath.<Boolean>read(june, "$.quarter.over")).isFalse();
		assertThat(JsonPath.<Integer>read(june, "$.quarter.number")).isEqualTo(2);

		// April: the thematic meeting of 12/06 counts for the whole quarter; the newcomer
		// did not exist yet, the cell closed on 01/05 still did
		String april = json(office, this.cell.root(), "2026-04");
		assertThat(JsonPath.<Integer>read(april, "$.cellsExpected")).isEqualTo(3);
		assertThat(ids(april, "$.notMet[*].unitId")).containsExactly((int) b);
		assertThat(ids(april, "$.thematicMissing[*].unitId")).containsExactlyInAnyOrder((int) a, (int) closed);

		// May: the closed cell is no longer expected
		String may = json(office, this.cell.root(), "2026-05");
		assertThat(JsonPath.<Integer>read(may, "$.cellsExpected")).isEqualTo(2);
		assertThat(ids(may, "$.notMet[*].unitId")).containsExactlyInAnyOrder((int) a, (int) b);

		// once the quarter is over, the thematic meeting still missing is missed
		this.clock.setToday(LocalDate.of(2026, 7, 10));
		String after = json(office, this.cell.root(), "2026-06");
		assertThat(JsonPath.<Boolean>read(after, "$.quarter.over")).isTrue();
		assertThat(ids(after, "$.thematicMissing[*].unitId")).containsExactlyInAnyOrder((int) a, (int) newcomer);
		this.mvc
			.perform(get("/meetings/oversight?unit={u}&month=06/2026", this.cell.root()).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý đã kết thúc")))
			.andExpect(content().string(containsString(">Thiếu<")));
		this.clock.setToday(TODAY);
		this.mvc
			.perform(get("/meetings/oversight?unit={u}&month=06/2026", this.cell.root()).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quý chưa kết thúc")))
			.andExpect(content().string(containsString(">Chưa có<")))
			.andExpect(content().string(containsString("Bí thư Thử Nghiệm")))
			.andExpect(content().string(containsString("Thành lập ngày 25/06/2026")))
			.andExpect(content().string(containsString("/meetings?unit=%d&amp;year=2026".formatted(b))))
			.andExpect(content().string(containsString("/meetings/" + planned)))
			.andExpect(content().string(containsString("26/06/2026")));
	}

	@Test
	void attendanceGradesAndRepeatedAbsencesComeFromTheRecordedMeetings() throws Exception {
		long away = this.cell.full().get(4);
		long truant = this.cell.probationary();
		String excused = "{\"personId\": %d, \"presence\": \"EXCUSED\", \"reason\": \"Công tác\"}".formatted(away);
		String unexcused = "{\"personId\": %d, \"presence\": \"UNEXCUSED\"}".formatted(truant);
		String[][] meetings = { { "2026-03-05", "" }, { "2026-04-06", excused }, { "2026-05-05", excused },
				{ "2026-06-05", excused + ", " + unexcused } };
		List<Long> ids = new ArrayList<>();
		for (String[] m : meetings) {
			long id = this.fixtures.meeting(this.cell, "REGULAR", m[0]);
			ids.add(id);
			this.mvc
				.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
						record(this.cell, "16:00", m[1], "")))
				.andExpect(status().isOk());
		}
		// recorded again: the counts the database keeps follow the rewritten attendance
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + ids.get(3),
					"{\"version\": %d, ".formatted(this.jdbc.sql("select version from meeting where id = :id")
						.param("id", ids.get(3))
						.query(Integer.class)
						.single()) + record(this.cell, "16:10", excused + ", " + unexcused, "").substring(1)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select expected_count || '/' || present_count from meeting where id = :id")
			.param("id", ids.get(3))
			.query(String.class)
			.single()).isEqualTo("6/4");
		String graded = this.mvc.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + ids.get(0), """
				{"grade": {"scores": {"PREPARATION": 10, "DRAFT_RESOLUTION": 5, "ORDER": 10, "CRITICISM": 10}}}"""))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String grade = JsonPath.read(graded, "$.score.computed");

		String june = json(this.cell.office(), this.cell.root(), "2026-06");
		assertThat(JsonPath.<Integer>read(june, "$.attendance.expected")).isEqualTo(6);
		assertThat(JsonPath.<Integer>read(june, "$.attendance.present")).isEqualTo(4);
		assertThat(JsonPath.<Double>read(june, "$.attendance.rate")).isEqualTo(66.7);
		assertThat(JsonPath.<String>read(june, "$.grades.from")).isEqualTo("2026-01-01");
		assertThat(JsonPath.<String>read(june, "$.grades.to")).isEqualTo("2026-06-30");
		assertThat(JsonPath.<Integer>read(june, "$.grades." + grade.toLowerCase())).isEqualTo(1);
		assertThat(JsonPath.<Integer>read(june, "$.grades.ungraded")).isEqualTo(3);

		String page = this.mvc
			.perform(get("/meetings/oversight?unit={u}&month=06/2026", this.cell.root())
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// attendance by month: March all six, April and May five, June four
		assertThat(page).contains("data-chart=\"line\"")
			.contains("|100.0|83.3|83.3|66.7\"")
			.contains("03/2026", "66,7%");
		assertThat(page).contains("data-chart=\"doughnut\"")
			.contains("hx-get=\"/meetings/oversight/absences?unit=%d&amp;month=06/2026\"".formatted(this.cell.root()));

		// the member away three meetings in a row and the one absent without a reason,
		// loaded
		// into the page after the month
		String absentees = this.mvc
			.perform(get("/meetings/oversight/absences?unit={u}&month=06/2026", this.cell.root())
				.header("HX-Request", "true")
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(absentees).doesNotContain("<html").contains("id=\"absentees\"");
		assertThat(absentees).contains("Vũ Thử Năm", "Đỗ Thử Sáu", "/people/" + away, "/people/" + truant,
				"/meetings/" + ids.get(3), "05/06/2026", "từ 01/01/2026 đến 30/06/2026");
		assertThat(absentees.indexOf("Vũ Thử Năm")).as("the longest run first")
			.isLessThan(absentees.indexOf("Đỗ Thử Sáu"));
		assertThat(absentees).doesNotContain("Trần Thử Một");
		// without script, a page of its own
		this.mvc
			.perform(get("/meetings/oversight/absences?unit={u}&month=06/2026", this.cell.root())
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("Vũ Thử Năm")));

		// May: the run was two long, and nobody was absent without a reason yet
		this.mvc
			.perform(get("/meetings/oversight/absences?unit={u}&month=05/2026", this.cell.root())
				.header("HX-Request", "true")
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"noAbsentees\"")));
	}

	@Test
	void onlyTheCommitteeAndAdministratorsSeeItWithinTheirScope() throws Exception {
		meeting(this.cell.cell(), "REGULAR", "2026-06-05", "HELD");
		MeetingFixtures.Cell other = this.fixtures.cell("ủy ban khác");
		// another committee's office: the unit does not exist for it
		compliance(other.office(), this.cell.root(), "2026-06").andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/oversight?unit={u}", this.cell.root()).with(TestCallers.as(other.office())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/meetings/oversight.xlsx?unit={u}", this.cell.root()).with(TestCallers.as(other.office())))
			.andExpect(status().isNotFound());
		// the cell's secretary and a member are refused, even for their own cell
		compliance(this.cell.secretary(), this.cell.cell(), "2026-06").andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/oversight").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/oversight.xlsx").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/meetings/oversight/absences").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					get("/meetings/oversight/absences?unit={u}", this.cell.root()).with(TestCallers.as(other.office())))
			.andExpect(status().isNotFound());
		compliance(TestCallers.member(this.cell.full().get(0)), this.cell.root(), "2026-06")
			.andExpect(status().isForbidden());
		// the office of the committee, by default its own unit and this month; an
		// administrator anywhere
		this.mvc.perform(get("/api/v1/meetings/compliance").with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unit.id").value(this.cell.root()))
			.andExpect(jsonPath("$.month").value("2026-06"))
			.andExpect(jsonPath("$.cellsMet").value(1));
		compliance(TestCallers.admin(), this.cell.root(), "2026-06").andExpect(status().isOk())
			.andExpect(jsonPath("$.cellsExpected").value(2));
		// a month that is not one, on its field in Vietnamese; a unit that is not the
		// Party's
		compliance(this.cell.office(), this.cell.root(), "06/2026").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("month"))
			.andExpect(jsonPath("$.errors[0].message", containsString("không phải một tháng")));
		compliance(this.cell.office(), this.cell.root(), "1999-12").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		long tradeUnion = new PeopleFixtures(this.jdbc).unit("OVU-" + UUID.randomUUID().toString().substring(0, 6),
				"TRADE_UNION", null, "Công đoàn thử");
		compliance(TestCallers.admin(), tradeUnion, "2026-06").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		// the page shows a month that is not one on its field, with no dashboard
		this.mvc
			.perform(get("/meetings/oversight?unit={u}&month=13/2026", this.cell.root())
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không phải một tháng")))
			.andExpect(content().string(not(containsString("id=\"oversightFigures\""))));
	}

	@Test
	void theWorkbookHasEverySectionAsASheet() throws Exception {
		meeting(this.cell.cell(), "REGULAR", "2026-06-05", "HELD");
		secretaryAccount(this.cell.otherCell(), "Bí thư Sổ Tay");
		byte[] bytes = this.mvc
			.perform(get("/meetings/oversight.xlsx?unit={u}&month=06/2026", this.cell.root())
				.with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			List<String> names = new ArrayList<>();
			book.forEach((s) -> names.add(s.getSheetName()));
			assertThat(names).containsExactly("Tổng hợp", "Chưa sinh hoạt", "Chuyên đề quý", "Tỷ lệ dự họp", "Xếp loại",
					"Vắng nhiều");
			DataFormatter shown = new DataFormatter();
			Sheet summary = book.getSheet("Tổng hợp");
			assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("tháng 06/2026");
			assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).as("cells expected").isEqualTo(2.0);
			Row notMet = book.getSheet("Chưa sinh hoạt").getRow(1);
			assertThat(notMet.getCell(1).getStringCellValue()).startsWith("Chi bộ khác");
			assertThat(notMet.getCell(2).getStringCellValue()).isEqualTo("Bí thư Sổ Tay");
			assertThat(book.getSheet("Chuyên đề quý").getRow(2).getCell(3).getStringCellValue()).isEqualTo("Chưa có");
			Sheet attendance = book.getSheet("Tỷ lệ dự họp");
			assertThat(attendance.getLastRowNum()).as("a header and twelve months").isEqualTo(12);
			assertThat(shown.formatCellValue(attendance.getRow(12).getCell(0))).isEqualTo("06/2026");
			assertThat(book.getSheet("Xếp loại").getRow(2).getCell(0).getStringCellValue()).isEqualTo("Tốt");
			assertThat(book.getSheet("Vắng nhiều").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Đảng viên");
		}
	}

	@Test
	void thePageRendersForAdministratorsAndOfficesAndIsLinkedFromTheMeetings() throws Exception {
		this.mvc.perform(get("/meetings/oversight").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"oversightFigures\"")));
		this.mvc.perform(get("/meetings/oversight").with(TestCallers.as(this.cell.office())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"oversightOf\"")))
			.andExpect(content().string(containsString("tháng 06/2026")))
			.andExpect(content().string(not(containsString("id=\"allThematic\""))));
		this.mvc.perform(get("/meetings").with(TestCallers.as(this.cell.office())))
			.andExpect(content().string(containsString("href=\"/meetings/oversight\"")));
		this.mvc.perform(get("/meetings").with(TestCallers.as(this.cell.secretary())))
			.andExpect(content().string(not(containsString("/meetings/oversight"))));
		// a committee without cells, and a caller with no Party unit, get the empty
		// states
		long lonely = new PeopleFixtures(this.jdbc).unit("OVL-" + UUID.randomUUID().toString().substring(0, 6),
				"GRASSROOTS_COMMITTEE", null, "Đảng bộ chưa có chi bộ");
		this.mvc.perform(get("/meetings/oversight?unit={u}", lonely).with(TestCallers.as(TestCallers.officeOf(lonely))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không có chi bộ nào phải sinh hoạt")))
			.andExpect(content().string(containsString("id=\"attendanceEmpty\"")))
			.andExpect(content().string(containsString("id=\"gradesEmpty\"")));
		long union = new PeopleFixtures(this.jdbc).unit("OVN-" + UUID.randomUUID().toString().substring(0, 6),
				"TRADE_UNION", null, "Công đoàn không có chi bộ");
		this.mvc
			.perform(
					get("/meetings/oversight").with(TestCallers.as(TestCallers.withRole(Role.COMMITTEE_OFFICE, union))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chưa phụ trách tổ chức đảng nào")));
	}

}
