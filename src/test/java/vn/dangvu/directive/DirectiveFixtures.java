package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * Units and issuers of their own for directive tests, so that a test that assigns, tracks
 * or registers documents neither depends on the demo's tree nor meets another test's
 * records. Units are made through the organisation module's API
 * ({@link OrganisationFixtures}).
 */
public record DirectiveFixtures(MockMvc mvc, JdbcClient jdbc) {

	/** Numbers no other test (nor the demo) uses. */
	private static final AtomicInteger NUMBER = new AtomicInteger(5000 + (int) (System.nanoTime() % 1000));

	/**
	 * A Party bloc ({@code root}) with two grassroots committees under it: {@code branch}
	 * with its cells, and {@code otherBranch} with one cell of its own.
	 */
	public record Branches(long root, long branch, List<Long> cells, long otherBranch, long otherCell) {

		/** The committee office of the bloc: it manages both branches. */
		public Caller rootOffice() {
			return TestCallers.officeOf(this.root);
		}

		/** The committee office of {@link #branch()}. */
		public Caller branchOffice() {
			return TestCallers.officeOf(this.branch);
		}

		/** The {@code n}th cell of {@link #branch()}, from 0. */
		public long cell(int n) {
			return this.cells.get(n);
		}

	}

	/** A fresh bloc whose first branch has {@code cellCount} cells. */
	public Branches branches(String label, int cellCount) {
		OrganisationFixtures units = new OrganisationFixtures(this.mvc);
		long root = units.unit("BLOC_COMMITTEE", null, "Đảng bộ khối " + label);
		long branch = units.unit("GRASSROOTS_COMMITTEE", root, "Đảng bộ " + label);
		List<Long> cells = new ArrayList<>();
		for (int i = 1; i <= cellCount; i++) {
			cells.add(units.cell(branch, label + " " + i));
		}
		long otherBranch = units.unit("GRASSROOTS_COMMITTEE", root, "Đảng bộ khác " + label);
		long otherCell = units.cell(otherBranch, "khác " + label);
		return new Branches(root, branch, List.copyOf(cells), otherBranch, otherCell);
	}

	/**
	 * The Party committee of a unit as an issuer with this code (e.g. {@code ĐU}), so
	 * that the unit's office registers its own documents by citation.
	 */
	public long partyIssuer(long unitId, String code, String fullName) {
		return issuer(unitId, code, fullName, "GRASSROOTS", "PARTY");
	}

	/**
	 * An issuer that is a unit of the tree (a committee, a union, a youth union): its
	 * officers see what it issues. {@code fullName} must be new for the code.
	 */
	public long issuer(long unitId, String code, String fullName, String level, String style) {
		return this.jdbc.sql("""
				insert into directive_issuer (code, full_name, level, style, unit_id, search_text)
				values (:code, :name, :level, :style, :unit, :search) returning id""")
			.param("code", code)
			.param("name", fullName)
			.param("level", level)
			.param("style", style)
			.param("unit", unitId)
			.param("search", VietnameseText.fold(code + " " + fullName))
			.query(Long.class)
			.single();
	}

	/** A number no other fixture document has. */
	public static int number() {
		return NUMBER.incrementAndGet();
	}

	/** A document registered through the API: its id and citation. */
	public record Registered(long id, String citation) {
	}

	/** A central directive ({@code n-CT/TW} of 10/01/2024) the caller registers. */
	public Registered directive(Caller caller, String summary) throws Exception {
		return register(caller, number() + "-CT/TW", null, summary);
	}

	/**
	 * A document the caller registers under this citation, from the issuer the citation
	 * names or from {@code issuerId} when not null; issued on 10/01/2024.
	 */
	public Registered register(Caller caller, String citation, Long issuerId, String summary) throws Exception {
		String json = this.mvc
			.perform(postJson(caller, "/api/v1/directives",
					"""
							{"citation": "%s", "issuerId": %s, "issueDate": "2024-01-10", "summary": "%s"}"""
						.formatted(citation, issuerId, summary)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Registered(((Number) JsonPath.read(json, "$.id")).longValue(), citation);
	}

	/**
	 * The caller links {@code from} to {@code to} ({@code IMPLEMENTS},
	 * {@code REPLACES}…).
	 */
	public void link(Caller caller, long from, long to, String kind) throws Exception {
		this.mvc.perform(postJson(caller, "/api/v1/directives/" + from + "/links", """
				{"toId": %d, "kind": "%s", "effectiveOn": "2024-01-10"}""".formatted(to, kind)))
			.andExpect(status().isOk());
	}

	/**
	 * The caller assigns the document to the units with one dissemination due
	 * {@code days} after the day.
	 */
	public void assign(Caller caller, long document, LocalDate assignedOn, int days, List<Long> unitIds)
			throws Exception {
		this.mvc
			.perform(postJson(caller, "/api/v1/directives/" + document + "/assignments",
					"""
							{"unitIds": %s, "assignedOn": "%s", "actions": [{"kind": "DISSEMINATE", "days": %d}]}"""
						.formatted(unitIds, assignedOn, days)))
			.andExpect(status().isCreated());
	}

}
