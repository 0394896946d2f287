package vn.dangvu.membership;

import java.util.List;

import org.springframework.http.MediaType;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): the other branch's dues
 * ledgers, membership records and youth members.
 */
class MembershipScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(
				ScopeLeakCases.of("cannot read or write the other branch's dues ledgers",
						MembershipScopeLeakCases::duesLedgers),
				ScopeLeakCases.of("cannot read the other branch's membership records",
						MembershipScopeLeakCases::membership),
				ScopeLeakCases.of("cannot record that the other branch's youth member left",
						MembershipScopeLeakCases::youthLeave));
	}

	static void duesLedgers(ScopeLeakWorld w, Caller c) throws Exception {
		String cell = String.valueOf(w.cellId());
		String union = String.valueOf(w.unionBranchId());
		w.notFound(c, get("/api/v1/dues/party").param("unit", cell).param("month", "2026-03"));
		w.notFound(c, get("/api/v1/dues/union").param("unit", union).param("month", "2026-03"));
		w.notFound(c, get("/membership/dues").param("unit", cell).param("month", "2026-03"));
		w.notFound(c,
				get("/membership/union/dues/export").param("kind", "UNION")
					.param("unit", union)
					.param("month", "2026-03"));
		w.mvc()
			.perform(postJson(c, "/api/v1/dues/party/payments",
					"{\"unitId\":" + w.cellId() + ",\"personId\":" + w.personId() + ",\"month\":\"2026-03\"}"))
			.andExpect(status().isNotFound());
	}

	static void membership(ScopeLeakWorld w, Caller c) throws Exception {
		long admission = w.one(Long.class, "select min(id) from admission where cell_id = :id", w.cellId());
		for (String url : new String[] { "/api/v1/members/" + w.personId() + "/timeline",
				"/api/v1/members/" + w.personId() + "/status", "/membership/members/" + w.personId(),
				"/api/v1/admissions/" + admission, "/membership/admissions/" + admission,
				"/api/v1/probation?unit=" + w.cellId(), "/api/v1/statistics/membership?unit=" + w.cellId(),
				"/api/v1/transfers?unit=" + w.cellId() }) {
			w.mvc().perform(get(url).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
		String files = okBody(w.mvc().perform(get("/api/v1/admissions").param("size", "200").with(TestCallers.as(c))));
		assertThat(files).doesNotContain("Cầu Treo");
		String transfers = okBody(w.mvc().perform(get("/api/v1/transfers?all=true").with(TestCallers.as(c))));
		assertThat(transfers).doesNotContain("Cầu Treo");
		String[][] writes = { { "/api/v1/admissions/" + admission + "/steps/last/withdrawal", "{\"reason\":\"x\"}" },
				{ "/api/v1/admissions/" + admission + "/closing", "{\"reason\":\"x\"}" },
				{ "/api/v1/members/" + w.personId() + "/endings",
						"{\"type\":\"STRUCK_OFF\",\"date\":\"2024-05-01\",\"reason\":\"x\",\"documentNumber\":\"1\"}" } };
		for (String[] write : writes) {
			w.mvc()
				.perform(postJson(c, write[0], write[1]))
				.andExpect((r) -> assertThat(r.getResponse().getStatus()).as(write[0]).isIn(403, 404));
		}
	}

	static void youthLeave(ScopeLeakWorld w, Caller c) throws Exception {
		long youth = w.one(Long.class, "select min(id) from person where youth_unit_id = :id", w.youthBranchId());
		w.mvc()
			.perform(post("/api/v1/youth/members/{id}/leave", youth).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\": \"Chuyển công tác\", \"date\": \"2026-01-05\"}"))
			.andExpect(status().isNotFound());
		assertThat(w.one(Long.class, "select youth_unit_id from person where id = :id", youth))
			.isEqualTo(w.youthBranchId());
	}

}
