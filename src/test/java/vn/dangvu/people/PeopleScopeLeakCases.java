package vn.dangvu.people;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.MediaType;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.ScopeLeakCases;
import vn.dangvu.testkit.ScopeLeakWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * Rows of the scope-leak matrix ({@code ScopeLeakMatrixTest}): reading, changing, finding
 * and exporting the other branch's person and units.
 */
class PeopleScopeLeakCases implements ScopeLeakCases {

	@Override
	public List<Case> scopeLeakCases() {
		return List.of(
				ScopeLeakCases.of("cannot read the other branch's person or units", PeopleScopeLeakCases::reading),
				ScopeLeakCases.of("cannot update the other branch's person or units", PeopleScopeLeakCases::updating),
				ScopeLeakCases.of("cannot find the other branch's person or units by searching",
						PeopleScopeLeakCases::searching),
				ScopeLeakCases.of("cannot export the other branch's person", PeopleScopeLeakCases::exporting));
	}

	static void reading(ScopeLeakWorld w, Caller c) throws Exception {
		w.mvc()
			.perform(get("/api/v1/people/{id}", w.personId()).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
		w.mvc().perform(get("/people/{id}", w.personId()).with(TestCallers.as(c))).andExpect(status().isNotFound());
		for (long unit : new long[] { w.cellId(), w.unionBranchId(), w.youthBranchId() }) {
			w.mvc().perform(get("/api/v1/units/{id}", unit).with(TestCallers.as(c))).andExpect(status().isNotFound());
			w.mvc().perform(get("/units/{id}", unit).with(TestCallers.as(c))).andExpect(status().isNotFound());
		}
	}

	static void updating(ScopeLeakWorld w, Caller c) throws Exception {
		String jobBefore = w.one(String.class, "select coalesce(job_title, '') from person where id = :id",
				w.personId());
		w.mvc()
			.perform(patch("/api/v1/people/{id}", w.personId()).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"jobTitle\": \"Đã bị sửa\"}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(patch("/api/v1/units/{id}", w.cellId()).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Đã bị sửa\", \"effectiveDate\": \"2026-01-01\"}"))
			.andExpect(status().isNotFound());
		w.mvc()
			.perform(post("/api/v1/units/{id}/move", w.unionBranchId()).with(TestCallers.as(c))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"parentId\": " + w.unionBranchId() + ", \"effectiveDate\": \"2026-01-01\"}"))
			.andExpect(status().isNotFound());
		// A role that may never edit people is refused before any lookup (403 for every
		// id, so
		// nothing leaks); a role that may edit gets "not found" outside its scope.
		int pageStatus = w.mvc()
			.perform(post("/people/{id}", w.personId()).with(TestCallers.as(c)).with(csrf()).param("fullName", "X"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(pageStatus).isEqualTo(c.canManagePeople() ? 404 : 403);
		assertThat(w.one(String.class, "select coalesce(job_title, '') from person where id = :id", w.personId()))
			.isEqualTo(jobBefore);
		assertThat(w.one(String.class, "select name from org_unit where id = :id", w.cellId()))
			.isEqualTo("Chi bộ Hải quan cửa khẩu quốc tế Cầu Treo");
	}

	static void searching(ScopeLeakWorld w, Caller c) throws Exception {
		String people = okBody(
				w.mvc().perform(get("/api/v1/people").param("q", "nguyen van duc").with(TestCallers.as(c))));
		assertThat(people).doesNotContain("\"id\":" + w.personId() + ",").doesNotContain("Nguyễn Văn Đức");
		String units = w.mvc()
			.perform(get("/api/v1/units").param("q", "cau treo").with(TestCallers.as(c)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(units).doesNotContain("Cầu Treo");
		w.mvc()
			.perform(get("/api/v1/people").param("unit", String.valueOf(w.cellId())).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
	}

	static void exporting(ScopeLeakWorld w, Caller c) throws Exception {
		var response = w.mvc()
			.perform(get("/people/export").param("q", "nguyen van duc").with(TestCallers.as(c)))
			.andReturn()
			.getResponse();
		if (response.getStatus() == 200) {
			try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
				Sheet sheet = wb.getSheetAt(0);
				for (Row row : sheet) {
					assertThat(row.getCell(0) == null ? "" : row.getCell(0).toString()).isNotEqualTo("Nguyễn Văn Đức");
				}
			}
		}
		else {
			assertThat(response.getStatus()).isIn(403, 404);
		}
		w.mvc()
			.perform(get("/people/export").param("unit", String.valueOf(w.cellId())).with(TestCallers.as(c)))
			.andExpect(status().isNotFound());
	}

}
