package vn.dangvu.platform;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.SqlStatements;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a page costs in SQL round trips on the demo data (issue 8): the reminders, derived
 * when read, used to ask four or five statements per probationary member and a rule and a
 * calendar per deadline (2,600 statements for the committee office's badge, 5,000 for its
 * membership page). Since the rules and the calendar are kept at their revision (decision
 * 0260) the committee office's badge, reminders, home and membership pages ask 10, 12, 15
 * and 15; work programmes (issue 12) add one statement to the reminders (their reminder
 * source) and two to home (that source and the "own activities" card): 21 with the two
 * writes of the new session. Counted, not timed, so the test holds on any machine.
 */
@IntegrationTest
class PageStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} of {1}: {2} in at most {3} statements")
	@CsvSource({ "COMMITTEE_OFFICE, DBCHQ, /reminders/count, 15", "COMMITTEE_OFFICE, DBCHQ, /reminders, 18",
			"COMMITTEE_OFFICE, DBCHQ, /, 22", "COMMITTEE_OFFICE, DBCHQ, /membership, 22",
			"COMMITTEE_OFFICE, DBCHQ, /membership/transfers, 9", "COMMITTEE_OFFICE, DBCHQ, /people?q=nguyen, 12",
			"CELL_SECRETARY, CB-CAUTREO, /reminders/count, 28", "CELL_SECRETARY, CB-CAUTREO, /membership, 22" })
	void aPageAsksTheDatabaseAFewTimesNotOncePerMember(Role role, String unitCode, String page, int most)
			throws Exception {
		long unit = this.jdbc.sql("select id from org_unit where code = :c")
			.param("c", unitCode)
			.query(Long.class)
			.single();
		Caller caller = TestCallers.withRole(role, unit);
		this.mvc.perform(get(page).with(TestCallers.as(caller))).andExpect(status().isOk());
		var counted = SqlStatements
			.during(() -> this.mvc.perform(get(page).with(TestCallers.as(caller))).andExpect(status().isOk()));
		assertThat(counted.count()).as("statements of %s, by kind: %s", page, byKind(counted))
			.isLessThanOrEqualTo(most);
	}

	/**
	 * The review of the demo's largest programme (235 activities, every cell of DBCHQ an
	 * owner somewhere) asks the same few statements whatever its activities and units
	 * (decision 0274): the scoped head, the title, areas, a page of units, indicators.
	 */
	@Test
	void theProgrammeReviewAsksAFewStatements() throws Exception {
		long unit = this.jdbc.sql("select id from org_unit where code = 'DBCHQ'").query(Long.class).single();
		long programme = this.jdbc.sql("""
				select p.id from programme p join programme_activity a on a.programme_id = p.id
				where p.unit_id = :u and p.state <> 'DRAFT' group by p.id order by count(*) desc, p.id limit 1""")
			.param("u", unit)
			.query(Long.class)
			.single();
		Caller caller = TestCallers.withRole(Role.COMMITTEE_OFFICE, unit);
		String page = "/programmes/" + programme + "/review";
		this.mvc.perform(get(page).with(TestCallers.as(caller))).andExpect(status().isOk());
		var counted = SqlStatements
			.during(() -> this.mvc.perform(get(page).with(TestCallers.as(caller))).andExpect(status().isOk()));
		assertThat(counted.count()).as("statements of %s, by kind: %s", page, byKind(counted)).isLessThanOrEqualTo(12);
	}

	@Test
	void theCounterSeesTheStatementsOfTheThread() throws Exception {
		var counted = SqlStatements.during(() -> this.jdbc.sql("select 1").query(Integer.class).single());
		assertThat(counted.count()).isEqualTo(1);
		assertThat(counted.result()).isEqualTo(1);
	}

	private static Map<String, Long> byKind(SqlStatements.Counted<?> counted) {
		return counted.statements()
			.stream()
			.map((s) -> s.replaceAll("\\s+", " ").substring(0, Math.min(90, s.replaceAll("\\s+", " ").length())))
			.collect(Collectors.groupingBy((s) -> s, TreeMap::new, Collectors.counting()));
	}

}
