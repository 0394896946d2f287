package vn.dangvu.membership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Role;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the Youth Union, trade union and dues renders on the demo data with all
 * its texts.
 */
@IntegrationTest
class MassPagesRenderTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/membership/youth", "/membership/youth?on=2030-01-01&unit={DTN-CAUTREO}",
			"/membership/union", "/membership/union?unit={CD-CAUTREO}", "/membership/union/dues",
			"/membership/union/dues?unit={CD-CAUTREO}&month=2025-06", "/membership/dues",
			"/membership/dues?unit={CB-CAUTREO}&month=2026-02", "/membership/dues?unit={CB-CAUTREO}&month=2026-11",
			"/membership/dues/person/{DUC}?kind=PARTY&unit={CB-CAUTREO}&month=2026-11" })
	void pageRendersForTheAdministratorWithoutMissingTexts(String path) throws Exception {
		this.mvc.perform(get(fill(path)).with(TestCallers.as(TestCallers.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("??")), containsString("<h1"))));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/membership/youth", "/membership/union", "/membership/dues" })
	void aPlainMemberSeesAnExplanationNotAnError(String path) throws Exception {
		this.mvc.perform(get(path).with(TestCallers.as(TestCallers.withRole(Role.MEMBER, id("CB-CAUTREO")))))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("??")), containsString("alert-info"))));
	}

	private String fill(String path) {
		return path.replace("{DTN-CAUTREO}", Long.toString(id("DTN-CAUTREO")))
			.replace("{CD-CAUTREO}", Long.toString(id("CD-CAUTREO")))
			.replace("{CB-CAUTREO}", Long.toString(id("CB-CAUTREO")))
			.replace("{DUC}",
					Long.toString(this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
						.query(Long.class)
						.single()));
	}

	private long id(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
