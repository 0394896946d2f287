package vn.dangvu.programme.cascade;

import java.util.List;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.ProgrammeFixtures;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}) for issue 12 part C: the
 * cascade of the other branch's key tasks cannot be read, nor its activities given to
 * units.
 */
class ProgrammeCascadeScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(ScopeLeakCases.of(
				"cannot read the cascade of, or give to units, the other branch's programme activities",
				ProgrammeCascadeScopeLeakCases::cascade));
	}

	static void cascade(ScopeLeakWorld w, Caller c) throws Exception {
		long committee = w.jdbc()
			.sql("select parent_id from org_unit where id = :id")
			.param("id", w.cellId())
			.query(Long.class)
			.single();
		for (String state : new String[] { "DRAFT", "ADOPTED" }) {
			long programme = w.jdbc().sql("""
					insert into programme (unit_id, kind, title, search, period_kind, starts_on, ends_on, state,
					                       adopting_document_id, adopted_on, created_by)
					values (:unit, 'PARTY_ANNUAL', 'Chương trình Zebracascade', 'chuong trinh zebracascade', 'YEAR',
					        date '2026-01-01', date '2026-12-31', :state, case when :state = 'ADOPTED' then 1 end,
					        case when :state = 'ADOPTED' then date '2026-01-10' end, 'test')
					returning id""").param("unit", committee).param("state", state).query(Long.class).single();
			long area = w.jdbc()
				.sql("insert into programme_area (programme_id, position, title) values (:p, 1, 'Lĩnh vực') returning id")
				.param("p", programme)
				.query(Long.class)
				.single();
			long task = w.jdbc()
				.sql("""
						insert into programme_task (programme_id, area_id, position, code, title)
						values (:p, :a, 1, '1.1', 'Nhiệm vụ Zebracascade') returning id""")
				.param("p", programme)
				.param("a", area)
				.query(Long.class)
				.single();
			long activity = w.jdbc()
				.sql("""
						insert into programme_activity (programme_id, task_id, position, title, due_on)
						values (:p, :t, 1, 'Hoạt động Zebracascade', date '2026-06-30') returning id""")
				.param("p", programme)
				.param("t", task)
				.query(Long.class)
				.single();
			w.mvc()
				.perform(get("/api/v1/programmes/{id}/tasks/{t}/cascade", programme, task).with(TestCallers.as(c)))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(get("/programmes/{id}/tasks/{t}/cascade", programme, task).with(TestCallers.as(c)))
				.andExpect(status().isNotFound());
			w.mvc()
				.perform(ProgrammeFixtures.postJson(c,
						"/api/v1/programmes/%d/activities/%d/owners".formatted(programme, activity),
						"{\"allCellsUnder\": %d, \"version\": 0, \"amendmentReason\": \"x\"}".formatted(committee)))
				.andExpect(status().isNotFound());
			assertThat(w.one(Integer.class, "select count(*) from programme_activity_owner where activity_id = :id",
					activity))
				.isZero();
		}
	}

}
