package vn.dangvu.directive;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): the other branch's Party
 * documents and directives.
 */
class DirectiveScopeLeakCases implements ScopeLeakCases {

	static final AtomicInteger DIRECTIVE_NUMBER = new AtomicInteger(9000 + (int) (System.nanoTime() % 500));

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(
				ScopeLeakCases.of("cannot open, download or issue the other branch's Party document",
						DirectiveScopeLeakCases::partyDocuments),
				ScopeLeakCases.of("cannot read, track or find the other branch's directive",
						DirectiveScopeLeakCases::directives));
	}

	static void partyDocuments(ScopeLeakWorld w, Caller c) throws Exception {
		long doc = w.jdbc()
			.sql("""
					insert into party_doc (unit_id, issuer_id, doc_type, issuer_name, summary, place, doc_date, on_behalf,
					    signer_title, signer_name, created_by)
					values (:unit, (select min(id) from directive_issuer where code = 'ĐU'), 'NOTICE', 'Chi bộ Cầu Treo',
					    'Thông báo riêng của chi bộ', 'Hà Tĩnh', date '2026-11-22', 'T/M Chi bộ', 'Bí thư', 'Phan Đình Thắng',
					    'test')
					returning id""")
			.param("unit", w.cellId())
			.query(Long.class)
			.single();
		for (String path : new String[] { "", "/edit", "/issue", "/pdf", "/docx" }) {
			w.mvc()
				.perform(get("/directives/documents/{id}" + path, doc).with(TestCallers.as(c)))
				.andExpect(status().isNotFound());
		}
		w.mvc()
			.perform(post("/directives/documents/{id}/issue", doc).with(TestCallers.as(c)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(w.one(String.class, "select status from party_doc where id = :id", doc)).isEqualTo("DRAFT");
	}

	static void directives(ScopeLeakWorld w, Caller c) throws Exception {
		// directive: registry
		Caller kvxiOffice = TestCallers.withRole(Role.COMMITTEE_OFFICE, w.id("DB-KVXI"));
		int n = DIRECTIVE_NUMBER.incrementAndGet();
		long issuer = w.jdbc()
			.sql("select id from directive_issuer where code = 'ĐU' and full_name = 'Đảng ủy Cục Hải quan'")
			.query(Long.class)
			.single();
		String json = w.mvc()
			.perform(postJson(kvxiOffice, "/api/v1/directives",
					"{\"citation\": \"" + n + "-KH/ĐU\", \"issuerId\": " + issuer
							+ ", \"issueDate\": \"2024-04-04\", \"summary\": \"Kế hoạch Zebrakvxi" + n + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long doc = ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
		w.mvc()
			.perform(
					post("/api/v1/directives/{id}/assignments", doc).with(TestCallers.as(kvxiOffice))
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"unitIds\": [" + w.cellId()
								+ "], \"actions\": [{\"kind\": \"DISSEMINATE\", \"days\": 5}]}"))
			.andExpect(status().isCreated());
		w.mvc().perform(get("/api/v1/directives/{id}", doc).with(TestCallers.as(c))).andExpect(status().isNotFound());
		w.mvc().perform(get("/directives/{id}", doc).with(TestCallers.as(c))).andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/api/v1/directives/{id}/tracking", doc).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/directives/{id}/tracking.xlsx", doc).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(get("/api/v1/units/{id}/obligations", w.cellId()).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		String found = okBody(
				w.mvc().perform(get("/api/v1/directives").param("q", "zebrakvxi" + n).with(TestCallers.as(c))));
		assertThat(found).doesNotContain("Zebrakvxi");
		w.mvc()
			.perform(post("/api/v1/directives/{id}/units/{u}/actions/DISSEMINATE", doc, w.cellId())
				.with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"doneOn\": \"2024-05-01\", \"present\": 1, \"total\": 2}"))
			.andExpect((r) -> assertThat(r.getResponse().getStatus()).isIn(403, 404));
	}

}
