package vn.dangvu.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's own history is in the audit trail, as the services would have written it,
 * and the audit viewer shows it with date filters wide enough to read a date.
 */
@IntegrationTest
class DemoAuditHistoryTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void everyDemoUnitChangePersonMembershipEventAndPaymentHasItsAuditRow() {
		assertThat(count("select count(*) from audit_event where actor = 'demo' and entity_type = 'Unit'"))
			.isEqualTo(count("select count(*) from org_unit_history where recorded_by = 'demo'"))
			.isPositive();
		assertThat(count("""
				select count(*) from audit_event a join org_unit_history h on h.unit_id::text = a.entity_id
				where a.actor = 'demo' and a.entity_type = 'Unit' and a.action = 'MERGE' and h.change = 'MERGED'"""))
			.as("the 2025 reorganisation's merges")
			.isPositive();
		assertThat(count("""
				select count(*) from person p
				where exists (select 1 from person_affiliation f where f.person_id = p.id and f.reason = 'DEMO')
				  and not exists (select 1 from audit_event a
				    where a.entity_type = 'Person' and a.entity_id = p.id::text and a.actor = 'demo')"""))
			.as("demo people without history")
			.isZero();
		assertThat(count("select count(*) from audit_event where actor = 'demo' and entity_type = 'MembershipEvent'"))
			.isPositive();
		assertThat(count("select count(*) from audit_event where actor = 'demo' and entity_type = 'DuesPayment'"))
			.isPositive();
		assertThat(count("select count(*) from audit_event where actor = 'demo' and occurred_at > now()"))
			.as("nothing dated in the future")
			.isZero();
	}

	@Test
	void theAuditViewerShowsTheDemoHistoryWithReadableDateFilters() throws Exception {
		String html = this.mvc.perform(get("/audit").param("actor", "demo").with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).doesNotContain("Không có").contains("demo");
		assertThat(html).doesNotContain("col-lg-1\">\n        <label for=\"from\"");
		assertThat(html.split("dv-date-filter", -1).length - 1).isEqualTo(2);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
