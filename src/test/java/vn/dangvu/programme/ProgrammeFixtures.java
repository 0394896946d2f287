package vn.dangvu.programme;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.meeting.MeetingFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Programmes for tests, made through the API on a committee of the test's own (from
 * {@link MeetingFixtures}): a committee with two cells, never the demo's units.
 */
public record ProgrammeFixtures(MockMvc mvc, JdbcClient jdbc) {

	/** The answer of a request: status and body. */
	public record Answer(int status, String body) {

		public <T> T read(String path) {
			return JsonPath.read(this.body, path);
		}

		public long id() {
			return ((Number) read("$.id")).longValue();
		}

		public int version() {
			return ((Number) read("$.version")).intValue();
		}

	}

	public MeetingFixtures.Cell committee(String label) {
		return new MeetingFixtures(this.mvc, this.jdbc).cell(label);
	}

	public Answer send(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse r = this.mvc.perform(request).andReturn().getResponse();
		return new Answer(r.getStatus(), r.getContentAsString(StandardCharsets.UTF_8));
	}

	public Answer get(Caller caller, String url) throws Exception {
		return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
			.with(TestCallers.as(caller)));
	}

	public Answer post(Caller caller, String url, String json) throws Exception {
		return send(postJson(caller, url, json));
	}

	public Answer patch(Caller caller, String url, String json) throws Exception {
		return send(patchJson(caller, url, json));
	}

	public Answer delete(Caller caller, String url, String json) throws Exception {
		return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(url)
			.with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	public static MockHttpServletRequestBuilder postJson(Caller caller, String url, String json) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
			.with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	public static MockHttpServletRequestBuilder patchJson(Caller caller, String url, String json) {
		return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(url)
			.with(TestCallers.as(caller))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	/** A draft annual Party programme of {@code year} for a unit, made by the caller. */
	public long programme(Caller caller, long unitId, int year) throws Exception {
		Answer a = post(caller, "/api/v1/programmes", """
				{"unitId": %d, "kind": "PARTY_ANNUAL", "title": "Chương trình công tác năm %d thử nghiệm",
				 "periodKind": "YEAR", "startsOn": "%d-01-01", "endsOn": "%d-12-31"}""".formatted(unitId, year, year,
				year));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		return a.id();
	}

	public int version(long programmeId) {
		return this.jdbc.sql("select version from programme where id = :id")
			.param("id", programmeId)
			.query(Integer.class)
			.single();
	}

	/** An area added to the programme; its id. */
	public long area(Caller caller, long programmeId, String title) throws Exception {
		Answer a = post(caller, "/api/v1/programmes/%d/areas".formatted(programmeId),
				"{\"title\": \"%s\", \"version\": %d, \"amendmentReason\": \"Bổ sung lĩnh vực\"}".formatted(title,
						version(programmeId)));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		return this.jdbc.sql("select max(id) from programme_area where programme_id = :p")
			.param("p", programmeId)
			.query(Long.class)
			.single();
	}

	/** A key task added to an area (code numbered by the application); its id. */
	public long task(Caller caller, long programmeId, long areaId, String title, Long parentTaskId) throws Exception {
		Answer a = post(caller, "/api/v1/programmes/%d/tasks".formatted(programmeId),
				"{\"areaId\": %d, \"title\": \"%s\", \"parentTaskId\": %s, \"version\": %d}".formatted(areaId, title,
						parentTaskId, version(programmeId)));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		return this.jdbc.sql("select max(id) from programme_task where programme_id = :p")
			.param("p", programmeId)
			.query(Long.class)
			.single();
	}

	/** An activity of a task owned by a unit, due on a day; its id. */
	public long activity(Caller caller, long programmeId, long taskId, String title, String dueOn, long ownerUnitId)
			throws Exception {
		Answer a = post(caller, "/api/v1/programmes/%d/activities".formatted(programmeId), """
				{"taskId": %d, "title": "%s", "dueOn": "%s", "ownerUnitIds": [%d], "version": %d}""".formatted(taskId,
				title, dueOn, ownerUnitId, version(programmeId)));
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		return this.jdbc.sql("select max(id) from programme_activity where programme_id = :p")
			.param("p", programmeId)
			.query(Long.class)
			.single();
	}

	/** Adopts the programme at a meeting of the committee's cell, on a day. */
	public void adopt(Caller caller, long programmeId, long meetingId, String day) throws Exception {
		Answer a = post(caller, "/api/v1/programmes/%d/adopt".formatted(programmeId),
				"{\"meetingId\": %d, \"adoptedOn\": \"%s\", \"version\": %d}".formatted(meetingId, day,
						version(programmeId)));
		assertThat(a.status()).as(a.body()).isEqualTo(200);
	}

	public long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

}
