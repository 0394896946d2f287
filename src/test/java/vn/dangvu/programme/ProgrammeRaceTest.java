package vn.dangvu.programme;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.Races;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dangvu.programme.ProgrammeFixtures.patchJson;
import static vn.dangvu.programme.ProgrammeFixtures.postJson;

/**
 * Two identical requests at the same instant on one programme, round after round: one
 * adoption (the second told the programme was just changed), one amendment (recorded
 * once, the activity changed once).
 */
@IntegrationTest
class ProgrammeRaceTest extends ProgrammeTestBase {

	long meeting;

	ProgrammeRaceTest() {
		super("đồng thời");
	}

	@BeforeEach
	void adoptingMeeting() throws Exception {
		this.meeting = meeting("2026-01-05");
	}

	@Test
	void oneAdoptionSentTwiceAtOnceAdoptsOnce() throws Exception {
		Caller office = this.tree.office();
		Races.rounds((round) -> {
			long id = this.fixtures.programme(office, this.tree.root(), 2026);
			String body = "{\"meetingId\": %d, \"adoptedOn\": \"2026-01-10\", \"version\": %d}".formatted(this.meeting,
					this.fixtures.version(id));
			String url = "/api/v1/programmes/%d/adopt".formatted(id);
			List<MvcResult> results = Races.atOnce(() -> this.mvc.perform(postJson(office, url, body)).andReturn(),
					() -> this.mvc.perform(postJson(office, url, body)).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 409);
			assertThat(Races.problemDetail(results, 409)).contains("vừa được người khác sửa");
			assertThat(this.fixtures.version(id)).as("round %d", round).isEqualTo(1);
			assertThat(this.fixtures.count(
					"select count(*) from audit_event where entity_type = 'Programme' and entity_id = :id::text and action = 'ADOPT'",
					id))
				.isEqualTo(1);
		});
	}

	@Test
	void oneAmendmentSentTwiceAtOnceIsRecordedOnce() throws Exception {
		Caller office = this.tree.office();
		Races.rounds((round) -> {
			long id = this.fixtures.programme(office, this.tree.root(), 2026);
			long area = this.fixtures.area(office, id, "Lĩnh vực " + round);
			long task = this.fixtures.task(office, id, area, "Nhiệm vụ " + round, null);
			long activity = this.fixtures.activity(office, id, task, "Hoạt động " + round, "2026-05-31",
					this.tree.cell());
			this.fixtures.adopt(office, id, this.meeting, "2026-01-10");
			String body = """
					{"dueOn": "2026-08-31", "version": %d, "amendmentReason": "Lùi hạn"}"""
				.formatted(this.fixtures.version(id));
			String url = "/api/v1/programmes/%d/activities/%d".formatted(id, activity);
			List<MvcResult> results = Races.atOnce(() -> this.mvc.perform(patchJson(office, url, body)).andReturn(),
					() -> this.mvc.perform(patchJson(office, url, body)).andReturn());
			assertThat(Races.statuses(results)).as("round %d", round).containsExactly(200, 409);
			assertThat(this.fixtures.count("select count(*) from programme_amendment where programme_id = :id", id))
				.as("round %d", round)
				.isEqualTo(1);
		});
	}

}
