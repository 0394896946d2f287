package vn.dangvu.demo;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.demo.DemoOrganisation;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.testkit.TestUnits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The demo's directives: a replaced union decision, a directive cascaded down the tree
 * with actions done, overdue and due soon, and a conclusion found by its summary.
 */
@IntegrationTest
class DemoDirectivesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoDataHasTheReplacedDecisionAndTheCascadedDirective() throws Exception {
		Caller rootOffice = TestCallers.officeOf(TestUnits.idOf(this.jdbc, DemoOrganisation.PARTY_ROOT));
		String replaced = this.mvc
			.perform(get("/api/v1/directives").param("q", "12/QĐ-CĐ").with(TestCallers.as(TestCallers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(replaced, "$.items[?(@.citation == '12/QĐ-CĐ')].status"))
			.containsExactly("REPLACED");
		long directive = this.jdbc.sql("select id from directive_document where citation = '05-CT/TW'")
			.query(Long.class)
			.single();
		String board = this.mvc
			.perform(get("/api/v1/directives/" + directive + "/tracking").with(TestCallers.as(rootOffice)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(board, "$.summary.actionsDone")).isPositive();
		assertThat((Integer) JsonPath.read(board, "$.summary.actionsOverdue")).isPositive();
		assertThat((Integer) JsonPath.read(board, "$.summary.actionsDueSoon")).isPositive();
		String found = this.mvc
			.perform(get("/api/v1/directives").param("q", "quy che dan chu").with(TestCallers.as(TestCallers.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((List<String>) JsonPath.read(found, "$.items[*].citation")).contains("120-KL/TW");
	}

}
