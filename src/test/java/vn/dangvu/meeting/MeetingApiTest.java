package vn.dangvu.meeting;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.postJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * Plans, records and grades through the API on the test's own cell, "today" being
 * 20/06/2026: who is expected, what is refused with nothing written, scope and rights.
 */
@IntegrationTest
class MeetingApiTest extends MeetingTestBase {

	MeetingApiTest() {
		super("api");
	}

	@Autowired
	vn.dangvu.notification.NotificationApi notifications;

	int meetings(long unit) {
		return this.jdbc.sql("select count(*) from meeting where unit_id = :u")
			.param("u", unit)
			.query(Integer.class)
			.single();
	}

	@Test
	void aYearsPlanHasAMeetingEveryMonthAndAThematicOneEveryQuarterAndIsNotPlannedTwice() throws Exception {
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings/plan",
					"{\"unitId\": %d, \"year\": 2026, \"dayOfMonth\": 5}".formatted(this.cell.cell())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ids", hasSize(16)))
			.andExpect(jsonPath("$.skipped").value(0));
		this.mvc
			.perform(get("/api/v1/meetings?unit=%d&from=2026-01-01&to=2026-12-31".formatted(this.cell.cell()))
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(16))
			.andExpect(jsonPath("$.items[?(@.kind == 'THEMATIC')]", hasSize(4)))
			// 05/04/2026 is a Sunday: the next working day
			.andExpect(jsonPath("$.items[?(@.meetsOn == '2026-04-06' && @.kind == 'REGULAR')]", hasSize(1)));
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings/plan",
					"{\"unitId\": %d, \"year\": 2026}".formatted(this.cell.cell())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ids", hasSize(0)))
			.andExpect(jsonPath("$.skipped").value(16));
		// last year's plan copied into the next
		this.mvc
			.perform(postJson(this.cell.office(), "/api/v1/meetings/plan/copy",
					"{\"unitId\": %d, \"year\": 2027}".formatted(this.cell.cell())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ids", hasSize(16)));
		assertThat(meetings(this.cell.cell())).isEqualTo(32);
	}

	@Test
	void aRecordedMeetingExpectsTheCellsMembersOfThatDayAndIsScoredFromTheRecord() throws Exception {
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		String speakers = this.cell.full()
			.subList(0, 3)
			.stream()
			.map(String::valueOf)
			.reduce((a, b) -> a + "," + b)
			.get();
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					record(this.cell, "15:40", "", speakers)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting.state").value("HELD"))
			.andExpect(jsonPath("$.meeting.attendance", hasSize(6)))
			.andExpect(jsonPath("$.meeting.attendance[?(@.probationary == true)]", hasSize(1)))
			.andExpect(jsonPath("$.score.lines[?(@.code == 'ATTENDANCE')].points").value(15.0))
			.andExpect(jsonPath("$.score.lines[?(@.code == 'DURATION')].points").value(10.0))
			.andExpect(jsonPath("$.score.lines[?(@.code == 'NO_UNEXCUSED')].points").value(10.0))
			.andExpect(jsonPath("$.score.lines[?(@.code == 'PARTICIPATION')].points").value(10.0))
			.andExpect(jsonPath("$.score.computed").doesNotExist());
		// the committee grades: all hand criteria at full marks gives Tốt
		this.mvc.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + id, """
				{"grade": {"scores": {"PREPARATION": 10, "DRAFT_RESOLUTION": 5, "ORDER": 10, "CRITICISM": 10}}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.total").value(100.0))
			.andExpect(jsonPath("$.score.computed").value("GOOD"));
		// a graded meeting's record no longer changes
		this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, record(this.cell, "16:00", "", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("xếp loại")));
		// the override needs a reason, and only the committee above gives it
		this.mvc
			.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + id, "{\"grade\": {\"override\": \"FAIR\"}}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"grade\": {\"override\": \"FAIR\", \"reason\": \"Tự xếp\"}}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + id,
					"{\"grade\": {\"override\": \"FAIR\", \"reason\": \"Nội dung chưa sát thực tế\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score.override").value("FAIR"))
			.andExpect(jsonPath("$.score.computed").value("GOOD"));
		assertThat(this.jdbc.sql(
				"select count(*) from audit_event where entity_type in ('Meeting', 'MeetingGrade') and entity_id = :id")
			.param("id", String.valueOf(id))
			.query(Integer.class)
			.single()).isEqualTo(4);
	}

	@Test
	void badRecordsAreRefusedWithNothingWritten() throws Exception {
		long future = this.fixtures.meeting(this.cell, "REGULAR", "2026-07-05");
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + future, record(this.cell, "16:00", "", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("chưa diễn ra")));
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, record(this.cell, "13:00", "", "")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("heldTo"));
		long stranger = this.fixtures.memberFrom(this.cell, "Ngô Thử Bảy", "2026-06-10");
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					record(this.cell, "16:00", "{\"personId\": %d, \"presence\": \"UNEXCUSED\"}".formatted(stranger),
							"")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("không phải đảng viên của chi bộ")));
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					record(this.cell, "16:00",
							"{\"personId\": %d, \"presence\": \"EXCUSED\"}".formatted(this.cell.full().get(3)), "")))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"record\": {\"heldFrom\": \"14:00\", \"heldTo\": \"25:00\"}}"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(patchJson(this.cell.office(), "/api/v1/meetings/" + id,
					"{\"grade\": {\"scores\": {\"PREPARATION\": 10}}}"))
			.andExpect(status().isUnprocessableContent());
		assertThat(
				this.jdbc.sql("select state from meeting where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("PLANNED");
		assertThat(this.jdbc.sql("select count(*) from meeting_attendance where meeting_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single()).isZero();
		// a stale version is told, not overwritten
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"version\": 0, " + record(this.cell, "16:00", "", "").substring(1)))
			.andExpect(status().isOk());
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"version\": 0, " + record(this.cell, "16:30", "", "").substring(1)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("vừa được người khác sửa")));
	}

	@Test
	void aMemberTransferredInMidYearIsExpectedOnlyFromTheTransfer() throws Exception {
		long newcomer = this.fixtures.memberFrom(this.cell, "Ngô Thử Tám", "2026-05-15");
		long before = this.fixtures.meeting(this.cell, "REGULAR", "2026-05-05");
		long after = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		for (long id : new long[] { before, after }) {
			this.mvc
				.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, record(this.cell, "16:00", "", "")))
				.andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/v1/meetings/" + before).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.meeting.attendance[?(@.personId == %d)]".formatted(newcomer), hasSize(0)));
		this.mvc.perform(get("/api/v1/meetings/" + after).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.meeting.attendance[?(@.personId == %d)]".formatted(newcomer), hasSize(1)));
	}

	@Test
	void theFourthAbsenceInARowLosesTheCriterionTheThirdDoesNot() throws Exception {
		long member = this.cell.full().get(4);
		String absence = "{\"personId\": %d, \"presence\": \"EXCUSED\", \"reason\": \"Ốm\"}".formatted(member);
		String[] days = { "2026-03-05", "2026-04-06", "2026-05-05", "2026-06-05" };
		String body = null;
		for (String day : days) {
			long id = this.fixtures.meeting(this.cell, "REGULAR", day);
			body = this.mvc
				.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
						record(this.cell, "16:00", absence, "")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Number points = JsonPath.<net.minidev.json.JSONArray>read(body,
					"$.score.lines[?(@.code == 'NO_LONG_ABSENCE')].points")
				.stream()
				.map(Number.class::cast)
				.findFirst()
				.get();
			assertThat(points.doubleValue()).as(day).isEqualTo(day.equals("2026-06-05") ? 0.0 : 5.0);
		}
	}

	@Test
	void scopeRightsAndClosedCells() throws Exception {
		long id = this.fixtures.meeting(this.cell, "THEMATIC", "2026-06-25");
		Caller other = this.cell.otherSecretary();
		this.mvc.perform(get("/api/v1/meetings/" + id).with(TestCallers.as(other))).andExpect(status().isNotFound());
		this.mvc
			.perform(patchJson(other, "/api/v1/meetings/" + id,
					"{\"move\": {\"meetsOn\": \"2026-06-26\", \"startsAt\": \"08:00\"}}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/meetings?unit=" + this.cell.cell()).with(TestCallers.as(other)))
			.andExpect(status().isNotFound());
		// the office sees it in its scope's list, the other cell's secretary does not
		this.mvc.perform(get("/api/v1/meetings?from=2026-06-01&to=2026-06-30").with(TestCallers.as(this.cell.office())))
			.andExpect(jsonPath("$.items[?(@.id == %d)]".formatted(id), hasSize(1)));
		this.mvc.perform(get("/api/v1/meetings?from=2026-06-01&to=2026-06-30").with(TestCallers.as(other)))
			.andExpect(jsonPath("$.items[?(@.id == %d)]".formatted(id), hasSize(0)));
		// a member of the cell sees it; a plain member elsewhere does not
		this.mvc
			.perform(get("/api/v1/meetings/" + id).with(TestCallers.as(TestCallers.member(this.cell.full().get(2)))))
			.andExpect(status().isOk());
		this.mvc
			.perform(patchJson(TestCallers.member(this.cell.full().get(2)), "/api/v1/meetings/" + id,
					"{\"move\": {\"meetsOn\": \"2026-06-26\", \"startsAt\": \"08:00\"}}"))
			.andExpect(status().isForbidden());
		// moved, then cancelled only with a reason
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"move\": {\"meetsOn\": \"2026-06-26\", \"startsAt\": \"08:00\", \"place\": \"Hội trường\"}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting.meetsOn").value("2026-06-26"));
		this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/meetings/%d/cancellation".formatted(id), "{}"))
			.andExpect(status().isUnprocessableContent());
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings/%d/cancellation".formatted(id),
					"{\"reason\": \"Trùng hội nghị của Đảng ủy\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.meeting.state").value("CANCELLED"));
		// a closed cell gets no plan after its closing day
		this.jdbc.sql("update org_unit set closed_on = date '2026-09-01' where id = :id")
			.param("id", this.cell.cell())
			.update();
		this.mvc
			.perform(postJson(this.cell.secretary(), "/api/v1/meetings",
					"""
							{"unitId": %d, "kind": "REGULAR", "topic": "Sau giải thể", "meetsOn": "2026-09-05", "startsAt": "14:00"}"""
						.formatted(this.cell.cell())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("giải thể")));
		// a unit that is not a cell
		this.mvc
			.perform(postJson(this.cell.office(), "/api/v1/meetings",
					"""
							{"unitId": %d, "kind": "REGULAR", "topic": "Đảng bộ", "meetsOn": "2026-06-25", "startsAt": "14:00"}"""
						.formatted(this.cell.root())))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void theNoticeGoesToEveryMemberExpectedAndOnlyForAComingMeeting() throws Exception {
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-25");
		this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/meetings/%d/notice".formatted(id), ""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recipients").value(6));
		long notice = this.jdbc.sql("select notified_count from meeting where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(notice).isEqualTo(6);
		// the member finds it under the bell, with the day, the time and the place
		this.mvc
			.perform(get("/api/v1/notifications").with(TestCallers.as(TestCallers.member(this.cell.probationary()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("25/06/2026")))
			.andExpect(content().string(containsString("14:00")))
			.andExpect(content().string(containsString("Phòng họp")));
		this.mvc.perform(get("/meetings/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(content().string(containsString("notifiedLine")));
		long past = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		this.mvc.perform(postJson(this.cell.secretary(), "/api/v1/meetings/%d/notice".formatted(past), ""))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(postJson(this.cell.otherSecretary(), "/api/v1/meetings/%d/notice".formatted(id), ""))
			.andExpect(status().isNotFound());
	}

	java.util.List<String> reminders(Caller caller, String kind) {
		return this.notifications.remindersFor(caller, TODAY)
			.stream()
			.filter((r) -> r.kind().equals(kind) && r.unitId() != null && r.unitId() == this.cell.cell())
			.map((r) -> r.link())
			.toList();
	}

	@Test
	void remindersOfAMonthClosingAMeetingNotRecordedAndAGradeAwaited() throws Exception {
		assertThat(reminders(this.cell.secretary(), "MEETING_MONTH_CLOSING")).hasSize(1);
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		assertThat(reminders(this.cell.secretary(), "MEETING_UNRECORDED")).containsExactly("/meetings/" + id);
		assertThat(reminders(this.cell.office(), "MEETING_GRADE_AWAITED")).isEmpty();
		this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, record(this.cell, "16:00", "", "")))
			.andExpect(status().isOk());
		assertThat(reminders(this.cell.secretary(), "MEETING_MONTH_CLOSING")).isEmpty();
		assertThat(reminders(this.cell.secretary(), "MEETING_UNRECORDED")).isEmpty();
		// the committee above is reminded to grade; the cell's secretary is not
		assertThat(reminders(this.cell.office(), "MEETING_GRADE_AWAITED"))
			.containsExactly("/meetings/" + id + "#score");
		assertThat(reminders(this.cell.secretary(), "MEETING_GRADE_AWAITED")).isEmpty();
		assertThat(reminders(this.cell.otherSecretary(), "MEETING_UNRECORDED")).isEmpty();
	}

	@Test
	void thePagesShowThePlanTheMeetingAndTheRecordForm() throws Exception {
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-06-05");
		this.mvc.perform(get("/meetings").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sinh hoạt 2026-06-05")));
		this.mvc.perform(get("/meetings/" + id).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("recordButton")));
		this.mvc.perform(get("/meetings/" + id + "/record").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thử Một")))
			.andExpect(content().string(containsString("Đỗ Thử Sáu")));
		this.mvc.perform(get("/meetings/" + id + "/record").with(TestCallers.as(this.cell.otherSecretary())))
			.andExpect(status().isNotFound());
		// a union officer (no cell) and a person who is nobody's member get the empty
		// state, not an error
		this.mvc
			.perform(get("/meetings").with(TestCallers
				.as(TestCallers.withRole(vn.dangvu.platform.security.Role.UNION_OFFICER, this.cell.root()))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/meetings").with(TestCallers.as(TestCallers.member(99_999_999L))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chưa phụ trách chi bộ nào")));
	}

}
