package vn.dangvu.platform;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page form (every POST outside {@code /api}) against garbage: unknown ids, letters
 * for numbers and dates, impossible dates, empty and very long text. The answer may be a
 * refusal, a redirect with a message or the form again, never a server error, and nothing
 * is written for a record that does not exist.
 */
@IntegrationTest
class PagePostFuzzTest {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final String LONG = "Ư".repeat(6000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noPageFormAnswersAServerErrorToGarbage() throws Exception {
		Set<String> paths = new LinkedHashSet<>();
		this.mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				info.getPatternValues().stream().filter((p) -> !p.startsWith("/api/")).forEach(paths::add);
			}
		});
		assertThat(paths).as("page forms found").hasSizeGreaterThan(20);
		List<String> failures = new ArrayList<>();
		List<String> writes = new ArrayList<>();
		for (String pattern : paths) {
			for (String id : new String[] { "999999999", "abc" }) {
				String url = fill(pattern, id);
				for (int variant = 0; variant < 3; variant++) {
					MockHttpServletRequestBuilder req = post(url).with(TestCallers.as(TestCallers.admin()))
						.with(csrf());
					garbage(req, variant);
					long before = audits();
					int status = this.mvc.perform(req).andReturn().getResponse().getStatus();
					if (status >= 500) {
						failures.add(status + " " + url + " (variant " + variant + ")");
					}
					if (pattern.contains("{") && audits() != before) {
						writes.add(url + " (variant " + variant + ")");
					}
				}
			}
		}
		assertThat(failures).as("server errors").isEmpty();
		assertThat(writes).as("written for a record that does not exist").isEmpty();
	}

	private long audits() {
		return this.jdbc.sql("select count(*) from audit_event").query(Long.class).single();
	}

	private static String fill(String pattern, String id) {
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder sb = new StringBuilder();
		while (m.find()) {
			String name = m.group(1).toLowerCase();
			String value = name.contains("date") ? "2025-02-30" : (name.contains("kind") ? "NOTHING" : id);
			m.appendReplacement(sb, value);
		}
		m.appendTail(sb);
		return sb.toString();
	}

	private static void garbage(MockHttpServletRequestBuilder req, int variant) {
		String[] fields = { "id", "unitId", "unit", "personId", "cellId", "parentId", "targetId", "documentId",
				"issuerId", "termId", "implementsId", "toCellId", "count", "votesFor", "votesAgainst", "votersTotal",
				"present", "total", "days", "number", "version", "year", "month", "amount", "value", "step", "kind",
				"type", "status", "purpose", "method", "category", "date", "validFrom", "day", "from", "to", "on",
				"doneOn", "issueDate", "effectiveOn", "effectiveDate", "closedOn", "receivedOn", "sentOn", "movedOn",
				"letterDate", "documentDate", "paidOn", "birthDate", "name", "fullName", "reason", "summary", "source",
				"note", "citation", "text", "title", "body", "code", "letterNumber", "documentNumber", "otherUnitName",
				"recipients", "place", "signerName", "q", "unitIds", "personIds", "introducerIds" };
		for (String f : fields) {
			switch (variant) {
				case 0 -> req.param(f, "");
				case 1 -> req.param(f, f.toLowerCase().contains("date") || f.endsWith("On") || f.equals("day")
						|| f.equals("from") || f.equals("to") || f.equals("validFrom") ? "2025-02-30" : "abc");
				default -> req.param(f, f.endsWith("Id") || f.endsWith("Ids") || f.equals("id") ? "99999999999999999999"
						: (f.equals("month") ? "2026-13" : LONG));
			}
		}
	}

}
