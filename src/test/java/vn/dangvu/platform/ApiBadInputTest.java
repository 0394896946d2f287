package vn.dangvu.platform;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;
import vn.dangvu.testkit.Implementations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every JSON endpoint against malformed input: the answer is always a 4xx
 * {@code application/problem+json} with a Vietnamese {@code detail}, per-field
 * {@code errors} where a field is at fault, and nothing is written. The rows live with
 * their module: to cover a new endpoint, add rows to the module's {@link BadInputCases}
 * class in its test package (e.g. {@code vn.dangvu.membership.MembershipBadInputCases});
 * this test only runs them, once as the administrator and once as a committee office.
 */
@IntegrationTest
class ApiBadInputTest {

	/**
	 * Letters only Vietnamese text has (lower case; the detail is compared lower-cased).
	 */
	static final Pattern VIETNAMESE = Pattern
		.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");

	/** Every module's rows, found on the classpath. */
	static final List<BadInputCases> MATRIX = Implementations.of(BadInputCases.class);

	/** The tables of every module, whose row counts no bad request may change. */
	static final List<String> TABLES = MATRIX.stream().flatMap((m) -> m.tables().stream()).distinct().toList();

	static int caseCount() {
		return MATRIX.stream().mapToInt((m) -> m.badInputCases().size()).sum();
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long unitId;

	long personId;

	long partyRootId;

	/**
	 * A tree of the test's own: the committee is {@code {party}}, its cell {@code {unit}}
	 * and a Party member of the cell {@code {person}}.
	 */
	@BeforeEach
	void ownRecords() {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		MassFixtures.Tree tree = fixtures.tree("dữ liệu sai");
		this.partyRootId = tree.root();
		this.unitId = tree.cell();
		this.personId = fixtures.partyMember("Nguyễn Văn Sai", LocalDate.of(1985, 1, 1), tree.cell(), tree.cell());
	}

	@TestFactory
	Stream<DynamicContainer> badInputIsAVietnameseProblemAndWritesNothing() {
		// Writes only an administrator may make are checked as the administrator: an
		// office is refused before its input is read (RulesPagesAndApiTest covers that
		// refusal).
		return Implementations.byModule(MATRIX,
				(m) -> m.badInputCases()
					.stream()
					.flatMap((c) -> (m.adminOnly(c) ? Stream.of("ADMIN") : Stream.of("ADMIN", "COMMITTEE_OFFICE"))
						.map((role) -> DynamicTest.dynamicTest(c + " (" + role + ")", () -> check(c, role)))));
	}

	@Test
	void everyModuleWithAnApiHasRows() {
		assertThat(MATRIX).extracting(Implementations::moduleOf)
			.contains("organisation", "people", "membership", "audit", "rules", "directive", "identity", "platform");
		assertThat(caseCount()).isGreaterThanOrEqualTo(237);
	}

	void check(BadInputCase c, String role) throws Exception {
		Caller caller = role.equals("ADMIN") ? TestCallers.admin()
				: TestCallers.withRole(Role.COMMITTEE_OFFICE, this.partyRootId);
		Map<String, Long> before = counts();

		MockHttpServletRequestBuilder req = request(c.method(), fill(c.url())).with(TestCallers.as(caller))
			.with(csrf())
			.accept(MediaType.APPLICATION_JSON);
		if (c.body() != null) {
			req.contentType(c.type()).content(fill(c.body()));
		}
		MockHttpServletResponse res = this.mvc.perform(req).andReturn().getResponse();
		String json = res.getContentAsString();

		assertThat(res.getStatus()).as("status of %s: %s", c, json).isBetween(400, 499);
		assertThat(res.getContentType()).as("content type of %s", c).startsWith("application/problem+json");
		String detail = JsonPath.read(json, "$.detail");
		assertThat(detail).as("detail of %s", c).isNotBlank();
		assertThat(VIETNAMESE.matcher(detail.toLowerCase()).find()).as("Vietnamese detail of %s: %s", c, detail)
			.isTrue();
		if (!c.fields().isEmpty()) {
			List<String> fields = JsonPath.read(json, "$.errors[*].field");
			assertThat(fields).as("fields of %s: %s", c, json).containsAll(c.fields());
			List<String> texts = JsonPath.read(json, "$.errors[*].message");
			assertThat(texts).as("field messages of %s", c)
				.allSatisfy((t) -> assertThat(VIETNAMESE.matcher(t.toLowerCase()).find()).as(t).isTrue());
		}
		assertThat(counts()).as("rows after %s", c).isEqualTo(before);
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private String fill(String text) {
		return text.replace("{unit}", Long.toString(this.unitId))
			.replace("{person}", Long.toString(this.personId))
			.replace("{party}", Long.toString(this.partyRootId));
	}

}
