package vn.dangvu.platform.web;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * The layout's menu offers each role the sections it may open, as the
 * {@code sec:authorize} expressions it replaced did ({@link PageRoles}, issue 8), as
 * links or as items of the menu's dropdowns.
 */
@IntegrationTest
class LayoutMenuTest {

	static final Pattern NAV_LINK = Pattern.compile("class=\"nav-link\" href=\"([^\"]*)\"");

	/**
	 * The sections grouped under a dropdown of the main menu (not the user's own menu).
	 */
	static final Pattern SECTION_ITEM = Pattern.compile("class=\"dropdown-item\" href=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eachRoleIsOfferedItsSections() throws Exception {
		long unit = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		long person = this.jdbc.sql("select min(id) from person").query(Long.class).single();
		assertThat(menu(TestCallers.admin())).containsExactlyInAnyOrder("/", "/units", "/people", "/membership",
				"/meetings", "/meetings/oversight", "/programmes", "/directives", "/rules", "/audit", "/accounts",
				"/reminders", "/notifications");
		assertThat(menu(TestCallers.withRole(Role.COMMITTEE_OFFICE, unit))).containsExactlyInAnyOrder("/", "/units",
				"/people", "/membership", "/meetings", "/meetings/oversight", "/programmes", "/directives", "/rules",
				"/audit", "/reminders", "/notifications");
		assertThat(menu(TestCallers.withRole(Role.CELL_SECRETARY, unit))).containsExactlyInAnyOrder("/", "/units",
				"/people", "/membership", "/meetings", "/programmes", "/directives", "/reminders", "/notifications");
		assertThat(menu(TestCallers.withRole(Role.UNION_OFFICER, unit))).containsExactlyInAnyOrder("/", "/units",
				"/people", "/membership/union", "/programmes", "/directives", "/reminders", "/notifications");
		assertThat(menu(TestCallers.withRole(Role.YOUTH_OFFICER, unit))).containsExactlyInAnyOrder("/", "/units",
				"/people", "/membership/youth", "/programmes", "/directives", "/reminders", "/notifications");
		assertThat(menu(TestCallers.member(person))).contains("/", "/people", "/meetings", "/directives", "/reminders")
			.doesNotContain("/units", "/membership", "/rules", "/programmes");
	}

	@Test
	void aMemberWhoIsAlsoAnOfficerSeesTheUnits() throws Exception {
		long unit = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		Caller both = new Caller(990_001, "both", "Both", Set.of(Role.MEMBER, Role.UNION_OFFICER), Set.of(unit), null);
		assertThat(menu(both)).contains("/units", "/membership/union").doesNotContain("/membership", "/rules");
	}

	private Set<String> menu(Caller caller) throws Exception {
		String html = this.mvc.perform(get("/directives").with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Set<String> links = new TreeSet<>();
		Matcher m = NAV_LINK.matcher(html);
		while (m.find()) {
			links.add(m.group(1));
		}
		int from = html.indexOf("navbar-nav me-auto");
		Matcher items = SECTION_ITEM.matcher(html.substring(from, html.indexOf("</ul>\n      <ul", from)));
		while (items.find()) {
			links.add(items.group(1));
		}
		return links;
	}

}
