package vn.dangvu.meeting;

import java.util.List;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): the other branch's cell
 * meetings can be neither read, listed, recorded, graded, moved nor cancelled.
 */
class MeetingScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(
				ScopeLeakCases.of("cannot read, list, record, grade, move or cancel the other branch's meeting",
						MeetingScopeLeakCases::meetings),
				ScopeLeakCases.of("cannot download or sign the minutes of the other branch's meeting",
						MeetingScopeLeakCases::minutes));
	}

	static void meetings(ScopeLeakWorld w, Caller c) throws Exception {
		long id = w.jdbc().sql("""
				insert into meeting (unit_id, kind, topic, meets_on, starts_at, created_by)
				values (:unit, 'REGULAR', 'Sinh hoạt riêng Zebrameeting', date '2026-11-05', time '14:00', 'test')
				returning id""").param("unit", w.cellId()).query(Long.class).single();
		for (String path : new String[] { "/api/v1/meetings/{id}", "/meetings/{id}", "/meetings/{id}/record" }) {
			w.mvc().perform(get(path, id).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		w.mvc()
			.perform(get("/api/v1/meetings?unit={u}", w.cellId()).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/api/v1/meetings/absences?unit={u}", w.cellId()).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/api/v1/meetings?from=2026-11-01&to=2026-11-30").with(TestCallers.as(c)))
			.andExpect(content().string(not(containsString("Zebrameeting"))));
		w.mvc()
			.perform(MeetingFixtures.patchJson(c, "/api/v1/meetings/" + id,
					"{\"move\": {\"meetsOn\": \"2026-11-06\", \"startsAt\": \"08:00\"}}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(MeetingFixtures.patchJson(c, "/api/v1/meetings/" + id,
					"{\"grade\": {\"scores\": {\"PREPARATION\": 10}}}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(MeetingFixtures.postJson(c, "/api/v1/meetings/" + id + "/cancellation", "{\"reason\": \"x\"}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(post("/meetings/{id}/cancel", id).param("reason", "x").with(TestCallers.as(c)).with(csrf()))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(post("/meetings/{id}/record", id).param("heldFrom", "14:00").with(TestCallers.as(c)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(w.one(String.class, "select state from meeting where id = :id", id)).isEqualTo("PLANNED");
		assertThat(w.one(String.class, "select meets_on::text from meeting where id = :id", id))
			.isEqualTo("2026-11-05");
	}

	static void minutes(ScopeLeakWorld w, Caller c) throws Exception {
		long id = w.jdbc().sql("""
				insert into meeting (unit_id, kind, topic, meets_on, starts_at, state, held_from, held_to, created_by)
				values (:unit, 'REGULAR', 'Sinh hoạt riêng Zebraminutes', date '2026-05-05', time '14:00', 'HELD',
				        time '14:00', time '16:00', 'test')
				returning id""").param("unit", w.cellId()).query(Long.class).single();
		for (String path : new String[] { "/api/v1/meetings/{id}/minutes.pdf", "/api/v1/meetings/{id}/minutes.docx",
				"/meetings/{id}/minutes.pdf", "/meetings/{id}/minutes.docx" }) {
			w.mvc().perform(get(path, id).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		w.mvc()
			.perform(MeetingFixtures.postJson(c, "/api/v1/meetings/" + id + "/minutes/signature", "{}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(post("/meetings/{id}/minutes/sign", id).with(TestCallers.as(c)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(w.one(Integer.class, "select count(*) from meeting_minutes_version where meeting_id = :id", id))
			.isZero();
	}

}
