package vn.dangvu.testkit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records of the Hà Tĩnh branch (khu vực XI) that callers scoped to the Hà Nội branch
 * (khu vực I) try to reach, and the means to reach them.
 */
public record ScopeLeakWorld(MockMvc mvc, JdbcClient jdbc, long personId, long cellId, long unionBranchId,
		long youthBranchId) {

	/** The request, made by the caller, answers 404. */
	public void notFound(Caller caller, MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(TestCallers.as(caller))).andExpect(status().isNotFound());
	}

	/** The single value a query with one parameter {@code :id} answers. */
	public <T> T one(Class<T> type, String sql, long id) {
		return Rows.one(this.jdbc, type, sql, id);
	}

	/** The id of the unit with this code. */
	public long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
