package vn.dangvu.meeting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.notification.NotificationApi;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * Absences without a reason and the striking-off pattern (RULES.md: missing meetings 3
 * months in a year without good reason), "today" being 20/06/2026: months counted, not
 * meetings; excused absences never count; the flag reaches the secretary on the year
 * page, in the reminders and on the API, and leads to membership's striking-off form.
 */
@IntegrationTest
class MeetingAbsencesTest extends MeetingTestBase {

	MeetingAbsencesTest() {
		super("vắng");
	}

	@Autowired
	NotificationApi notifications;

	private void held(String kind, String day, String absences) throws Exception {
		long id = this.fixtures.meeting(this.cell, kind, day);
		this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					record(this.cell, "16:00", absences, "")))
			.andExpect(status().isOk());
	}

	private static String unexcused(long person) {
		return "{\"personId\": %d, \"presence\": \"UNEXCUSED\"}".formatted(person);
	}

	private static String excused(long person) {
		return "{\"personId\": %d, \"presence\": \"EXCUSED\", \"reason\": \"Đi công tác\"}".formatted(person);
	}

	private List<String> reminders(Caller caller) {
		return this.notifications.remindersFor(caller, TODAY)
			.stream()
			.filter((r) -> r.kind().equals("MEETING_STRIKING_OFF") && r.unitId() != null
					&& r.unitId() == this.cell.cell())
			.map((r) -> r.link())
			.toList();
	}

	@Test
	void threeMonthsWithAnAbsenceWithoutReasonRaiseTheStrikingOffFlagTwoDoNotAndExcusedNeverCount() throws Exception {
		long x = this.cell.full().get(4);
		long excusedOnly = this.cell.full().get(3);
		long y = this.cell.probationary();
		held("REGULAR", "2026-01-05", unexcused(x));
		held("REGULAR", "2026-02-05", unexcused(x));
		held("REGULAR", "2026-03-05", unexcused(y) + "," + excused(excusedOnly));
		held("THEMATIC", "2026-03-25", unexcused(y));
		held("REGULAR", "2026-05-05", excused(excusedOnly));
		held("REGULAR", "2026-06-05", excused(excusedOnly));

		String url = "/api/v1/meetings/absences?unit=" + this.cell.cell() + "&year=2026";
		this.mvc.perform(get(url).with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.threshold").value(3))
			.andExpect(jsonPath("$.members", hasSize(2)))
			.andExpect(jsonPath("$.members[0].personId").value(x))
			.andExpect(jsonPath("$.members[0].months").value(2))
			.andExpect(jsonPath("$.members[0].lastOn").value("2026-02-05"))
			.andExpect(jsonPath("$.members[0].strikingOff").value(false))
			.andExpect(jsonPath("$.members[1].personId").value(y))
			.andExpect(jsonPath("$.members[1].unexcused").value(2))
			.andExpect(jsonPath("$.members[1].months").value(1));
		assertThat(reminders(this.cell.secretary())).as("two months are not the pattern").isEmpty();

		held("REGULAR", "2026-04-06", unexcused(x));
		this.mvc.perform(get(url).with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.members[0].personId").value(x))
			.andExpect(jsonPath("$.members[0].unexcused").value(3))
			.andExpect(jsonPath("$.members[0].months").value(3))
			.andExpect(jsonPath("$.members[0].strikingOff").value(true))
			.andExpect(jsonPath("$.members[1].strikingOff").value(false));
		assertThat(reminders(this.cell.secretary()))
			.containsExactly("/meetings?unit=" + this.cell.cell() + "#absences");
		assertThat(reminders(this.cell.office())).hasSize(1);
		assertThat(reminders(this.cell.otherSecretary())).isEmpty();
		// the year before has nothing of this year's
		this.mvc
			.perform(get("/api/v1/meetings/absences?unit=" + this.cell.cell() + "&year=2025")
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(jsonPath("$.members", hasSize(0)));

		String page = this.mvc
			.perform(get("/meetings?unit=" + this.cell.cell() + "&year=2026")
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"absences\"")
			.contains("Đề nghị xem xét xóa tên")
			.contains("/membership/transfers?strike=" + x + "&amp;reason=")
			.doesNotContain("/membership/transfers?strike=" + y);
		String form = this.mvc
			.perform(get("/membership/transfers").param("strike", String.valueOf(x))
				.param("reason", "Bỏ sinh hoạt")
				.with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).containsPattern("<option value=\"" + x + "\"[^>]*selected")
			.containsPattern("<textarea id=\"e-reason\"[^>]*>Bỏ sinh hoạt</textarea>");
	}

	@Test
	void onlyWhoeverRecordsTheCellsMeetingsSeesItsAbsences() throws Exception {
		String url = "/api/v1/meetings/absences?unit=" + this.cell.cell();
		this.mvc.perform(get(url).with(TestCallers.as(this.cell.otherSecretary()))).andExpect(status().isNotFound());
		this.mvc.perform(get(url).with(TestCallers.as(TestCallers.member(this.cell.full().get(0)))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/meetings/absences").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("unit"));
		this.mvc.perform(get(url + "&year=1990").with(TestCallers.as(this.cell.secretary())))
			.andExpect(status().isUnprocessableEntity());
		String page = this.mvc
			.perform(get("/meetings?unit=" + this.cell.cell())
				.with(TestCallers.as(TestCallers.member(this.cell.full().get(0)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("id=\"absences\"");
	}

}
