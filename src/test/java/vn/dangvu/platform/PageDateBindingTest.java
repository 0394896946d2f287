package vn.dangvu.platform;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.platform.security.Caller;

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

	Caller office;

	@BeforeEach
	void anOffice() {
		this.office = TestCallers.officeOf(new OrganisationFixtures(this.mvc).committee("Ngày trên trang"));
	}

	/** The working-day calendar page, counting one working day from this date. */
	private String calendarFrom(String from) throws Exception {
		return this.mvc
			.perform(get("/rules/calendar").param("year", "2026")
				.param("from", from)
				.param("count", "1")
				.with(TestCallers.as(this.office)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aPageReadsDayMonthYearAndShowsItBackTheSameWay() throws Exception {
		String page = calendarFrom("02/12/2026");
		assertThat(page).contains("value=\"02/12/2026\"").contains("03/12/2026").doesNotContain("value=\"2026-12-02\"");
	}

	@Test
	void aPageStillReadsTheIsoDateOfALink() throws Exception {
		String page = calendarFrom("2026-12-02");
		assertThat(page).contains("value=\"02/12/2026\"");
		this.mvc
			.perform(get("/audit").param("from", "01/12/2026")
				.param("to", "02/12/2026")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk());
	}

	@Test
	void theApiKeepsIsoDates() throws Exception {
		this.mvc.perform(get("/api/v1/rules").param("asOf", "2026-12-02").with(TestCallers.as(this.office)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/rules").param("asOf", "02/12/2026").with(TestCallers.as(this.office)))
			.andExpect(status().isBadRequest());
	}

}
