package vn.dangvu.notification;

import java.util.List;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): a notice addressed to a
 * person of the other branch is nobody else's to read or mark read (decision 0240).
 */
class NotificationScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(ScopeLeakCases.of("cannot read or mark read a notice addressed to the other branch's person",
				NotificationScopeLeakCases::notices));
	}

	static void notices(ScopeLeakWorld w, Caller c) throws Exception {
		long notice = w.jdbc().sql("""
				insert into notice (kind, reference, unit_id, subject, body, created_at, created_by)
				values ('SCOPE_TEST', 'scope:1', :unit, 'Thông báo riêng', 'Nội dung riêng', now(), 'test')
				returning id""").param("unit", w.cellId()).query(Long.class).single();
		w.jdbc()
			.sql("insert into notice_recipient (notice_id, person_id) values (:n, :p)")
			.param("n", notice)
			.param("p", w.personId())
			.update();
		w.notFound(c, get("/notifications/{id}", notice));
		w.notFound(c, post("/notifications/{id}/read", notice).with(csrf()));
		w.notFound(c, post("/api/v1/notifications/{id}/read", notice).with(csrf()));
		String mine = w.mvc()
			.perform(get("/api/v1/notifications").with(TestCallers.as(c)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).doesNotContain("Thông báo riêng");
		assertThat(w.one(Long.class,
				"select count(*) from notice_recipient where notice_id = :id and read_at is not null", notice))
			.isZero();
	}

}
