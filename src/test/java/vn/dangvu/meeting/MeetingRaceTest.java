package vn.dangvu.meeting;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.meeting.MeetingFixtures.patchJson;
import static vn.dangvu.meeting.MeetingFixtures.postJson;
import static vn.dangvu.meeting.MeetingFixtures.record;

/**
 * Two identical requests at the same instant on one meeting or one cell's year, round
 * after round: one notice (one mail per member, not two), one record (the second told it
 * is stale, attendance written once), one year's plan (the second plans nothing twice).
 */
@IntegrationTest
class MeetingRaceTest extends MeetingTestBase {

	MeetingRaceTest() {
		super("đồng thời");
	}

	@Test
	void oneNoticeSentTwiceAtOnceGoesOutOnce() throws Exception {
		Races.rounds((round) -> {
			long id = this.fixtures.meeting(this.cell, "REGULAR", LocalDate.of(2026, 7, round).toString());
			String url = "/api/v1/meetings/%d/notice".formatted(id);
			List<MvcResult> results = Races.atOnce(
					() -> this.mvc.perform(postJson(this.cell.secretary(), url, "")).andReturn(),
					() -> this.mvc.perform(postJson(this.cell.secretary(), url, "")).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 409);
			assertThat(Races.problemDetail(results, 409)).contains("chưa thay đổi");
			assertThat(count("select count(*) from notice where reference = 'meeting:' || :id", id))
				.as("round %d", round)
				.isEqualTo(1);
		});
		// moved, the meeting has something new to tell: the notice goes again
		long id = this.fixtures.meeting(this.cell, "REGULAR", "2026-08-05");
		String url = "/api/v1/meetings/%d/notice".formatted(id);
		assertThat(this.mvc.perform(postJson(this.cell.secretary(), url, "")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(this.mvc.perform(postJson(this.cell.secretary(), url, "")).andReturn().getResponse().getStatus())
			.isEqualTo(409);
		assertThat(this.mvc
			.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id,
					"{\"move\": {\"meetsOn\": \"2026-08-06\", \"startsAt\": \"14:00\", \"place\": \"Hội trường\"}}"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(postJson(this.cell.secretary(), url, "")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		assertThat(count("select count(*) from notice where reference = 'meeting:' || :id", id)).isEqualTo(2);
	}

	@Test
	void oneMeetingRecordedTwiceAtOnceIsRecordedOnceAndTheOtherIsToldItIsStale() throws Exception {
		String absence = "{\"personId\": %d, \"presence\": \"UNEXCUSED\"}".formatted(this.cell.full().get(4));
		Races.rounds((round) -> {
			long id = this.fixtures.meeting(this.cell, "REGULAR", LocalDate.of(2026, 5, round).toString());
			String body = record(this.cell, "16:00", absence, "");
			List<MvcResult> results = Races.atOnce(
					() -> this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, body))
						.andReturn(),
					() -> this.mvc.perform(patchJson(this.cell.secretary(), "/api/v1/meetings/" + id, body))
						.andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 409);
			assertThat(Races.problemDetail(results, 409)).contains("vừa được người khác sửa");
			assertThat(count("select count(*) from meeting_attendance where meeting_id = :id", id))
				.as("round %d", round)
				.isEqualTo(6);
			assertThat(count("select version from meeting where id = :id", id)).as("round %d", round).isEqualTo(1);
			assertThat(count("select count(*) from audit_event where entity_type = 'Meeting' and entity_id = :id::text"
					+ " and action = 'RECORD'", id))
				.as("round %d", round)
				.isEqualTo(1);
		});
	}

	@Test
	void oneYearPlannedTwiceAtOnceHasEachMeetingOnce() throws Exception {
		Races.rounds((round) -> {
			int year = 2026 + (round % 2);
			MeetingFixtures.Cell own = (round == 1 || round == 2) ? this.cell : this.fixtures.cell("năm " + round);
			String body = "{\"unitId\": %d, \"year\": %d}".formatted(own.cell(), year);
			List<MvcResult> results = Races.atOnce(
					() -> this.mvc.perform(postJson(own.secretary(), "/api/v1/meetings/plan", body)).andReturn(),
					() -> this.mvc.perform(postJson(own.secretary(), "/api/v1/meetings/plan", body)).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 200);
			long meetings = this.jdbc
				.sql("select count(*) from meeting where unit_id = :u and extract(year from meets_on) = :y")
				.param("u", own.cell())
				.param("y", year)
				.query(Long.class)
				.single();
			assertThat(meetings).as("round %d: twelve regular and four thematic, once", round).isEqualTo(16);
		});
	}

}
