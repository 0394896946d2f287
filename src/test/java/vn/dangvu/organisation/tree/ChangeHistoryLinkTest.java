package vn.dangvu.organisation.tree;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The "Lịch sử thay đổi" links from a unit and a person to the audit viewer. */
@IntegrationTest
class ChangeHistoryLinkTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long unit(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	long personOf(long cell) {
		return this.jdbc.sql("select id from person where party_unit_id = :u order by id limit 1")
			.param("u", cell)
			.query(Long.class)
			.single();
	}

	@Test
	void anOfficeSeesTheHistoryLinksOnUnitAndPersonPagesAndTheyOpenTheAuditViewer() throws Exception {
		long cell = unit("CB-CAUTREO");
		long person = personOf(cell);
		Caller office = TestCallers.withRole(Role.COMMITTEE_OFFICE, unit("DB-KVXI"));

		this.mvc.perform(get("/units/{id}", cell).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/audit?entity=Unit&amp;entityId=" + cell + "\"")))
			.andExpect(content().string(containsString("Lịch sử thay đổi")));
		this.mvc.perform(get("/people/{id}", person).with(TestCallers.as(office)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/audit?entity=Person&amp;entityId=" + person + "\"")))
			.andExpect(content().string(containsString("Lịch sử thay đổi")));
		this.mvc
			.perform(get("/audit").param("entity", "Unit")
				.param("entityId", String.valueOf(cell))
				.with(TestCallers.as(office)))
			.andExpect(status().isOk());
	}

	@Test
	void aCellSecretaryDoesNotSeeTheHistoryLinks() throws Exception {
		long cell = unit("CB-CAUTREO");
		long person = personOf(cell);
		Caller secretary = TestCallers.withRole(Role.CELL_SECRETARY, cell);

		this.mvc.perform(get("/units/{id}", cell).with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/audit?"))))
			.andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
		this.mvc.perform(get("/people/{id}", person).with(TestCallers.as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/audit?"))))
			.andExpect(content().string(not(containsString("Lịch sử thay đổi"))));
	}

}
