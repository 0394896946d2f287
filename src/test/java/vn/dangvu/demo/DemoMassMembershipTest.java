package vn.dangvu.demo;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DemoMassMembershipTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoPaymentsMatchTheLedgerAndNguyenVanDucOwesFromSeptember2026() throws Exception {
		long cell = this.jdbc.sql("select id from org_unit where code = 'CB-CAUTREO'").query(Long.class).single();
		this.mvc
			.perform(get("/api/v1/dues/party").param("unit", Long.toString(cell))
				.param("month", "2026-08")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows[?(@.fullName == 'Nguyễn Văn Đức')].paid").value(true));
		this.mvc
			.perform(get("/api/v1/dues/party").param("unit", Long.toString(cell))
				.param("month", "2026-09")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(jsonPath("$.rows[?(@.fullName == 'Nguyễn Văn Đức')].paid").value(false));
		assertThat(this.jdbc.sql("""
				select count(*) from dues_payment where recorded_by = 'demo' and amount <= 0""")
			.query(Long.class)
			.single()).as("every demo payment has an amount").isZero();
	}

	@Test
	void demoPaymentsEqualTheDueTheLedgerComputes() throws Exception {
		long union = this.jdbc.sql("select id from org_unit where code = 'CD-CAUTREO'").query(Long.class).single();
		String json = this.mvc
			.perform(get("/api/v1/dues/union").param("unit", Long.toString(union))
				.param("month", "2026-06")
				.with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Integer> due = com.jayway.jsonpath.JsonPath.read(json, "$.rows[?(@.paid == true)].amountDue");
		java.util.List<Integer> paid = com.jayway.jsonpath.JsonPath.read(json, "$.rows[?(@.paid == true)].paidAmount");
		assertThat(paid).isNotEmpty().isEqualTo(due);
		java.util.List<Boolean> capped = com.jayway.jsonpath.JsonPath.read(json, "$.rows[*].capped");
		assertThat(capped).as("the cell head earns above the cap").contains(true);
	}

}
