package vn.dangvu.programme;

import java.util.List;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): the other branch's
 * programmes (a cell's draft, its committee's adopted one) can be neither read, listed,
 * changed, adopted nor have parts added.
 */
class ProgrammeScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(
				ScopeLeakCases.of("cannot read, list, change, adopt or add to the other branch's programmes",
						ProgrammeScopeLeakCases::programmes),
				ScopeLeakCases.of(
						"cannot record or read the progress, board, charts or review of the other branch's programme",
						ProgrammeScopeLeakCases::progress));
	}

	static void programmes(ScopeLeakWorld w, Caller c) throws Exception {
		long draft = programme(w, w.cellId(), "DRAFT", "Chương trình riêng Zebraprog");
		long committee = w.jdbc()
			.sql("select parent_id from org_unit where id = :id")
			.param("id", w.cellId())
			.query(Long.class)
			.single();
		long adopted = programme(w, committee, "ADOPTED", "Chương trình khu vực Zebraprog");
		for (long id : new long[] { draft, adopted }) {
			for (String path : new String[] { "/api/v1/programmes/{id}", "/programmes/{id}",
					"/programmes/{id}/amendments", "/api/v1/programmes/{id}/amendments", "/programmes/{id}/edit",
					"/programmes/{id}/areas/new", "/api/v1/programmes/{id}/export.xlsx", "/programmes/{id}/export.xlsx",
					"/programmes/{id}/import" }) {
				w.mvc().perform(get(path, id).with(TestCallers.as(c))).andExpect(status().isNotFound());
			}
			w.mvc()
				.perform(ProgrammeFixtures.patchJson(c, "/api/v1/programmes/" + id,
						"{\"title\": \"Đổi\", \"version\": 0, \"amendmentReason\": \"x\"}"))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(ProgrammeFixtures.postJson(c, "/api/v1/programmes/" + id + "/areas",
						"{\"title\": \"Chen\", \"version\": 0, \"amendmentReason\": \"x\"}"))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(ProgrammeFixtures.postJson(c, "/api/v1/programmes/import",
						"{\"programmeId\": " + id + ", \"version\": 0, \"file\": \"UEsDBA==\"}"))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(ProgrammeFixtures.postJson(c, "/api/v1/programmes/" + id + "/adopt",
						"{\"documentId\": 1, \"adoptedOn\": \"2026-01-05\", \"version\": 0}"))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(post("/programmes/{id}/areas/new", id).param("title", "Chen")
					.param("version", "0")
					.with(TestCallers.as(c))
					.with(csrf()))
				.andExpect(status().isNotFound());
			assertThat(w.one(Integer.class, "select count(*) from programme_area where programme_id = :id", id))
				.isZero();
			assertThat(w.one(Integer.class, "select version from programme where id = :id", id)).isZero();
		}
		w.mvc()
			.perform(get("/api/v1/programmes?unit={u}", w.cellId()).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/api/v1/programmes?q=zebraprog").with(TestCallers.as(c)))
			.andExpect(content().string(not(containsString("Zebraprog"))));
		w.mvc()
			.perform(get("/programmes?q=zebraprog").with(TestCallers.as(c)))
			.andExpect(content().string(not(containsString("Zebraprog"))));
	}

	/** Issue 12, progress (decision 0272). */
	static void progress(ScopeLeakWorld w, Caller c) throws Exception {
		long committee = w.jdbc()
			.sql("select parent_id from org_unit where id = :id")
			.param("id", w.cellId())
			.query(Long.class)
			.single();
		long id = programme(w, committee, "ADOPTED", "Chương trình tiến độ Zebraprog");
		long area = w.one(Long.class,
				"insert into programme_area (programme_id, position, title) values (:id, 1, 'Lĩnh vực') returning id",
				id);
		long task = w.jdbc()
			.sql("""
					insert into programme_task (programme_id, area_id, position, code, title)
					values (:p, :a, 1, '1.1', 'Nhiệm vụ Zebraprog') returning id""")
			.param("p", id)
			.param("a", area)
			.query(Long.class)
			.single();
		long activity = w.jdbc()
			.sql("""
					insert into programme_activity (programme_id, task_id, position, title, due_on)
					values (:p, :t, 1, 'Hoạt động Zebraprog', date '2026-06-30') returning id""")
			.param("p", id)
			.param("t", task)
			.query(Long.class)
			.single();
		w.jdbc()
			.sql("insert into programme_activity_owner (activity_id, unit_id, programme_id) values (:a, :u, :p)")
			.param("a", activity)
			.param("u", w.cellId())
			.param("p", id)
			.update();
		long indicator = w.jdbc()
			.sql("""
					insert into programme_indicator (task_id, position, name, kind, target)
					values (:t, 1, 'Chỉ tiêu Zebraprog', 'COUNT', 10) returning id""")
			.param("t", task)
			.query(Long.class)
			.single();
		w.mvc()
			.perform(ProgrammeFixtures.postJson(c, "/api/v1/activities/" + activity + "/progress",
					"{\"unitId\": %d, \"status\": \"DONE\", \"version\": 0}".formatted(w.cellId())))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(ProgrammeFixtures.postJson(c, "/api/v1/programmes/" + id + "/indicators/" + indicator + "/values",
					"{\"period\": \"YEAR\", \"year\": 2026, \"value\": 1}"))
			.andExpect(status().isNotFound());
		for (String path : new String[] { "/api/v1/activities/" + activity + "/progress",
				"/api/v1/programmes/" + id + "/board", "/api/v1/programmes/" + id + "/rollup",
				"/api/v1/programmes/" + id + "/indicators/" + indicator + "/values", "/programmes/" + id + "/progress",
				"/programmes/" + id + "/board", "/programmes/" + id + "/board.xlsx", "/programmes/" + id + "/charts",
				"/programmes/" + id + "/activities/" + activity + "/progress?unit=" + w.cellId(),
				"/programmes/" + id + "/indicators/" + indicator + "/values", "/api/v1/programmes/" + id + "/review",
				"/programmes/" + id + "/review", "/programmes/" + id + "/review.xlsx",
				"/programmes/" + id + "/review?from=01/01/2026&to=30/06/2026&sort=late" }) {
			w.mvc().perform(get(path).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		w.mvc()
			.perform(post("/programmes/{id}/activities/{a}/progress", id, activity)
				.param("unitId", Long.toString(w.cellId()))
				.param("status", "DONE")
				.param("version", "0")
				.with(TestCallers.as(c))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(w.one(Integer.class, "select count(*) from programme_progress where activity_id = :id", activity))
			.isZero();
		assertThat(w.one(Integer.class, "select count(*) from programme_indicator_value where indicator_id = :id",
				indicator))
			.isZero();
		// the cell is a demo cell: its home page and reminders must not carry this case's
		// activity for the
		// tests that read them next (ProgrammeCascadeTest reads Cầu Treo's home)
		w.jdbc().sql("delete from programme_activity_owner where activity_id = :a").param("a", activity).update();
	}

	private static long programme(ScopeLeakWorld w, long unit, String state, String title) {
		return w.jdbc()
			.sql("""
					insert into programme (unit_id, kind, title, search, period_kind, starts_on, ends_on, state,
					                       adopting_document_id, adopted_on, created_by)
					values (:unit, 'PARTY_ANNUAL', :title, lower(:title), 'YEAR', date '2026-01-01', date '2026-12-31', :state,
					        case when :state = 'ADOPTED' then 1 end, case when :state = 'ADOPTED' then date '2026-01-10' end, 'test')
					returning id""")
			.param("unit", unit)
			.param("title", title)
			.param("state", state)
			.query(Long.class)
			.single();
	}

}
