package vn.dangvu.reporting;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.people.PeopleCounts;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.PageText.okBody;

/**
 * The dashboard for each role shows the numbers of that role's scope, counted here
 * independently with SQL on the demo data.
 */
@IntegrationTest
class HomePageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/** Expected figures of one scope (all units when root is null). */
	record Figures(long units, long cells, long people, long party, long union, long youth) {
	}

	static Stream<Arguments> scopedRoles() {
		return Stream.of(Arguments.of(Role.ADMIN, null), Arguments.of(Role.COMMITTEE_OFFICE, "DBCHQ"),
				Arguments.of(Role.CELL_SECRETARY, "CB-CAUTREO"), Arguments.of(Role.UNION_OFFICER, "CD-CUC"),
				Arguments.of(Role.YOUTH_OFFICER, "DTN-CUC"));
	}

	@ParameterizedTest(name = "{0} of {1}")
	@MethodSource("scopedRoles")
	void theDashboardShowsTheNumbersOfTheCallersScope(Role role, String rootCode) throws Exception {
		Caller caller = (rootCode == null) ? TestCallers.admin() : TestCallers.withRole(role, idOf(rootCode));
		Figures expected = figures(rootCode);

		MvcResult result = this.mvc.perform(get("/").with(TestCallers.as(caller)))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getModelAndView().getViewName()).isEqualTo("reporting/home");
		PeopleCounts people = (PeopleCounts) result.getModelAndView().getModel().get("people");
		assertThat(people.total()).as("people").isEqualTo(expected.people());
		assertThat(people.partyMembers()).as("party members").isEqualTo(expected.party());
		assertThat(people.unionMembers()).as("union members").isEqualTo(expected.union());
		assertThat(people.youthMembers()).as("youth members").isEqualTo(expected.youth());
		assertThat(result.getModelAndView().getModel().get("unitTotal")).as("units").isEqualTo(expected.units());
		assertThat(result.getModelAndView().getModel().get("cellCount")).as("cells").isEqualTo(expected.cells());

		String html = result.getResponse().getContentAsString();
		assertThat(stat(html, "card-units")).isEqualTo(formatted(expected.units()));
		assertThat(stat(html, "card-people")).isEqualTo(formatted(expected.people()));
		assertThat(stat(html, "card-party")).isEqualTo(formatted(expected.party()));
		assertThat(stat(html, "card-union")).isEqualTo(formatted(expected.union()));
		assertThat(html).contains("Xin chào");
		if (rootCode != null) {
			String rootName = this.jdbc.sql("select name from org_unit where code = :c")
				.param("c", rootCode)
				.query(String.class)
				.single();
			assertThat(html).contains(rootName);
		}
	}

	@Test
	void theScopedDashboardsCountLessThanTheWholeAndMoreThanNothing() {
		Figures all = figures(null);
		for (String code : new String[] { "CB-CAUTREO", "CD-CUC", "DTN-CUC" }) {
			Figures part = figures(code);
			assertThat(part.people()).as(code).isPositive().isLessThan(all.people());
			assertThat(part.units()).as(code).isPositive().isLessThan(all.units());
		}
	}

	@Test
	void aCellSecretarySeesOnlyThePeopleOfTheCell() throws Exception {
		long cell = idOf("CB-CAUTREO");
		long inCell = this.jdbc.sql("""
				select count(distinct p.id) from person p
				join org_unit u on u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
				join org_unit c on c.id = :cell
				where u.path like c.path || '%'""").param("cell", cell).query(Long.class).single();

		MvcResult result = this.mvc
			.perform(get("/").with(TestCallers.as(TestCallers.withRole(Role.CELL_SECRETARY, cell))))
			.andReturn();

		PeopleCounts people = (PeopleCounts) result.getModelAndView().getModel().get("people");
		assertThat(people.total()).isEqualTo(inCell).isLessThan(figures("DBCHQ").people());
	}

	@Test
	void aMemberSeesTheirOwnRecordCard() throws Exception {
		long personId = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();

		MvcResult result = this.mvc.perform(get("/").with(TestCallers.as(TestCallers.member(personId))))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getModelAndView().getViewName()).isEqualTo("reporting/home-member");
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Nguyễn Văn Đức")
			.contains("href=\"/people/" + personId + "\"")
			.doesNotContain("id=\"card-units\"");
	}

	@Test
	void aMemberSeesTheirOwnStandingDuesRemindersTimelineAndStudyAndTheirOwnDuesPageOnly() throws Exception {
		long personId = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
		long other = this.jdbc.sql("select id from person where id <> :me and party_unit_id is not null limit 1")
			.param("me", personId)
			.query(Long.class)
			.single();
		Caller member = TestCallers.member(personId);

		String home = okBody(this.mvc.perform(get("/").with(TestCallers.as(member))));
		assertThat(home).contains("id=\"myStanding\"", "id=\"myDues\"", "id=\"myReminders\"", "id=\"myStudy\"",
				"id=\"myTimeline\"", "phải nộp", "href=\"/membership/dues/person/" + personId + "\"",
				"href=\"/membership/members/" + personId + "\"");
		assertThat(home).containsAnyOf("Đảng viên chính thức", "Đảng viên dự bị");
		if (home.contains("id=\"myDebt\"")) {
			assertThat(home).as("the debt is also a reminder").contains("Bạn còn nợ đảng phí");
		}

		String dues = okBody(this.mvc.perform(get("/membership/dues/person/" + personId).with(TestCallers.as(member))));
		assertThat(dues).contains("id=\"ownDues\"", "Hiện nay: ").doesNotContain("/salary\"", "/category\"");
		this.mvc.perform(get("/membership/dues/person/" + other).with(TestCallers.as(member)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership/members/" + personId).with(TestCallers.as(member)))
			.andExpect(status().isOk());
	}

	@Test
	void aMemberWithoutARecordIsToldSo() throws Exception {
		String html = okBody(this.mvc.perform(get("/").with(TestCallers.as(TestCallers.member(99_999_999L)))));

		assertThat(html).doesNotContain("id=\"card-units\"").doesNotContain("href=\"/people/99999999\"");
	}

	@Test
	void withoutSigningInTheDashboardSendsToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
	}

	private Figures figures(String rootCode) {
		String unitScope = (rootCode == null) ? "true"
				: "u.path like (select path from org_unit where code = :root) || '%'";
		long units = count("select count(*) from org_unit u where u.closed_on is null and " + unitScope, rootCode);
		long cells = count(
				"select count(*) from org_unit u where u.closed_on is null and u.kind = 'CELL' and " + unitScope,
				rootCode);
		String inScope = "from person p where exists (select 1 from org_unit u where u.id in (p.work_unit_id, "
				+ "p.party_unit_id, p.union_unit_id, p.youth_unit_id) and " + unitScope + ")";
		return new Figures(units, cells, count("select count(*) " + inScope, rootCode),
				count("select count(*) " + inScope + " and p.party_unit_id is not null", rootCode),
				count("select count(*) " + inScope + " and p.union_unit_id is not null", rootCode),
				count("select count(*) " + inScope + " and p.youth_unit_id is not null", rootCode));
	}

	private long count(String sql, String rootCode) {
		var statement = this.jdbc.sql(sql);
		if (rootCode != null) {
			statement = statement.param("root", rootCode);
		}
		return statement.query(Long.class).single();
	}

	private long idOf(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	/** The big number of a dashboard card. */
	private static String stat(String html, String cardId) {
		Matcher m = Pattern.compile("id=\"" + cardId + "\".*?class=\"dv-stat\">([^<]*)<", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as(cardId).isTrue();
		return m.group(1).trim();
	}

	private static String formatted(long n) {
		return String.format("%,d", n).replace(',', '.');
	}

}
