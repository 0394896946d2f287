package vn.dangvu.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pages bind a date as people write it (dd/MM/yyyy, month MM/yyyy) through the one
 * formatter registration, print it the same way into the field, and still read ISO from
 * links; the JSON API keeps ISO dates.
 */
@IntegrationTest
class PageDateBindingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Caller office() {
		long root = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		return TestCallers.withRole(Role.COMMITTEE_OFFICE, root);
	}

	@Test
	void aPageReadsDayMonthYearAndShowsItBackTheSameWay() throws Exception {
		String page = this.mvc
			.perform(get("/rules/calendar").param("year", "2026")
				.param("from", "02/12/2026")
				.param("count", "1")
				.with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"02/12/2026\"").contains("03/12/2026").doesNotContain("value=\"2026-12-02\"");
	}

	@Test
	void aPageStillReadsTheIsoDateOfALink() throws Exception {
		String page = this.mvc
			.perform(get("/rules/calendar").param("year", "2026")
				.param("from", "2026-12-02")
				.param("count", "1")
				.with(TestCallers.as(office())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"02/12/2026\"");
		this.mvc
			.perform(get("/audit").param("from", "01/12/2026")
				.param("to", "02/12/2026")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk());
	}

	@Test
	void theApiKeepsIsoDates() throws Exception {
		this.mvc.perform(get("/api/v1/rules").param("asOf", "2026-12-02").with(TestCallers.as(office())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/rules").param("asOf", "02/12/2026").with(TestCallers.as(office())))
			.andExpect(status().isBadRequest());
	}

}
