package vn.dangvu.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every JSON endpoint against malformed input: the answer is always a 4xx
 * {@code application/problem+json} with a Vietnamese {@code detail}, per-field
 * {@code errors} where a field is at fault, and nothing is written. To cover a new
 * endpoint, add rows to {@link #cases()}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiBadInputTest {

	/**
	 * Letters only Vietnamese text has (lower case; the detail is compared lower-cased).
	 */
	static final Pattern VIETNAMESE = Pattern
		.compile("[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");

	static final String LONG = "X".repeat(5000);

	static final String HUGE = "9223372036854775808";

	static final String MISSING = "99999999";

	static final List<String> TABLES = List.of("org_unit", "org_unit_history", "person", "person_affiliation",
			"account", "account_grant", "audit_event", "rule_value", "calendar_day", "calendar_year", "dues_payment",
			"insured_salary", "youth_stay", "membership_event", "admission", "admission_step", "membership_transfer",
			"directive_document", "directive_issuer", "directive_link", "directive_assignment", "directive_action",
			"directive_study", "party_doc");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long unitId;

	long personId;

	long partyRootId;

	/**
	 * One malformed request. {@code {unit}} and {@code {person}} in the URL stand for an
	 * existing demo unit and person; {@code body} null sends none.
	 */
	record Case(String name, HttpMethod method, String url, String body, MediaType type, List<String> fields) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Case get(String name, String url, String... fields) {
		return new Case(name, HttpMethod.GET, url, null, null, List.of(fields));
	}

	static Case send(String name, HttpMethod method, String url, String body, String... fields) {
		return new Case(name, method, url, body, MediaType.APPLICATION_JSON, List.of(fields));
	}

	static Case post(String name, String url, String body, String... fields) {
		return send(name, HttpMethod.POST, url, body, fields);
	}

	static Case patch(String name, String url, String body, String... fields) {
		return send(name, HttpMethod.PATCH, url, body, fields);
	}

	static List<Case> cases() {
		List<Case> c = new ArrayList<>();
		// Units: list and reads
		c.add(get("units list page=-1", "/api/v1/units?page=-1", "page"));
		c.add(get("units list size=100000", "/api/v1/units?size=100000", "size"));
		c.add(get("units list page not a number", "/api/v1/units?page=abc", "page"));
		c.add(get("units list page too big for int", "/api/v1/units?page=" + HUGE, "page"));
		c.add(get("units list impossible asOf", "/api/v1/units?asOf=2025-02-30", "asOf"));
		c.add(get("units list unknown kind", "/api/v1/units?kind=PLANET", "kind"));
		c.add(get("unit id not a number", "/api/v1/units/abc", "id"));
		c.add(get("unit id too big", "/api/v1/units/" + HUGE, "id"));
		c.add(get("unit that does not exist", "/api/v1/units/" + MISSING));
		c.add(get("unit impossible asOf", "/api/v1/units/{unit}?asOf=2025-13-01", "asOf"));
		c.add(get("unit history of a missing unit", "/api/v1/units/" + MISSING + "/history"));
		c.add(get("unit history id not a number", "/api/v1/units/abc/history", "id"));
		// Units: create
		c.add(post("create unit invalid JSON", "/api/v1/units", "{\"code\": "));
		c.add(post("create unit JSON array", "/api/v1/units", "[{\"code\":\"X1\"}]"));
		c.add(post("create unit empty body", "/api/v1/units", ""));
		c.add(post("create unit missing required fields", "/api/v1/units", "{}", "code", "kind", "name"));
		c.add(post("create unit parentId a string", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":\"abc\"}", "parentId"));
		c.add(post("create unit parentId too big", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":" + HUGE + "}",
				"parentId"));
		c.add(post("create unit parentId that does not exist", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":" + MISSING + "}"));
		c.add(post("create unit impossible date", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},"
						+ "\"establishedOn\":\"2025-02-30\"}",
				"establishedOn"));
		c.add(post("create unit number for a date", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},"
						+ "\"establishedOn\":20250101}",
				"establishedOn"));
		c.add(post("create unit object for a name", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":{\"a\":1},\"parentId\":{party}}", "name"));
		c.add(post("create unit unknown kind", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"PLANET\",\"name\":\"Chi bộ thử\",\"parentId\":{party}}", "kind"));
		c.add(post("create unit 5000-char code and name", "/api/v1/units",
				"{\"code\":\"" + LONG + "\",\"kind\":\"CELL\",\"name\":\"" + LONG + "\",\"parentId\":{party}}", "code",
				"name"));
		c.add(post("create unit 5000-char note", "/api/v1/units",
				"{\"code\":\"BAD-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ thử\",\"parentId\":{party},\"note\":\"" + LONG
						+ "\",\"decisionRef\":\"" + LONG + "\"}",
				"note", "decisionRef"));
		c.add(new Case("create unit as text/plain", HttpMethod.POST, "/api/v1/units", "code=X", MediaType.TEXT_PLAIN,
				List.of()));
		// Units: rename, move, close, merge
		c.add(patch("rename unit with nothing", "/api/v1/units/{unit}", "{}", "name"));
		c.add(patch("rename unit 5000-char name", "/api/v1/units/{unit}", "{\"name\":\"" + LONG + "\"}", "name"));
		c.add(patch("rename unit impossible date", "/api/v1/units/{unit}",
				"{\"name\":\"Tên mới\",\"effectiveDate\":\"2025-02-30\"}", "effectiveDate"));
		c.add(patch("rename unit JSON array", "/api/v1/units/{unit}", "[]"));
		c.add(patch("rename a missing unit", "/api/v1/units/" + MISSING, "{\"name\":\"Tên mới\"}"));
		c.add(patch("rename unit id not a number", "/api/v1/units/abc", "{\"name\":\"Tên mới\"}", "id"));
		c.add(post("move unit parentId a string", "/api/v1/units/{unit}/move", "{\"parentId\":\"abc\"}", "parentId"));
		c.add(post("move unit impossible date", "/api/v1/units/{unit}/move",
				"{\"parentId\":{party},\"effectiveDate\":\"2025-02-30\"}", "effectiveDate"));
		c.add(post("move unit under a missing parent", "/api/v1/units/{unit}/move", "{\"parentId\":" + MISSING + "}"));
		c.add(post("move a missing unit", "/api/v1/units/" + MISSING + "/move", "{\"parentId\":{party}}"));
		c.add(post("move unit empty body", "/api/v1/units/{unit}/move", ""));
		c.add(post("close unit number for a date", "/api/v1/units/{unit}/close", "{\"effectiveDate\":12345}",
				"effectiveDate"));
		c.add(post("close unit 5000-char note", "/api/v1/units/{unit}/close", "{\"note\":\"" + LONG + "\"}", "note"));
		c.add(post("close a missing unit", "/api/v1/units/" + MISSING + "/close", "{}"));
		c.add(post("merge with nothing", "/api/v1/units/merge", "{}", "sourceIds", "targetId"));
		c.add(post("merge sourceIds a string", "/api/v1/units/merge", "{\"sourceIds\":\"abc\",\"targetId\":{unit}}",
				"sourceIds"));
		c.add(post("merge sourceIds with a non-number", "/api/v1/units/merge",
				"{\"sourceIds\":[\"abc\"],\"targetId\":{unit}}", "sourceIds[0]"));
		c.add(post("merge missing units", "/api/v1/units/merge",
				"{\"sourceIds\":[" + MISSING + "],\"targetId\":" + MISSING + "1}"));
		c.add(post("merge into a 5000-char new target", "/api/v1/units/merge",
				"{\"sourceIds\":[{unit}],\"newTarget\":{\"code\":\"" + LONG + "\",\"kind\":\"PLANET\",\"name\":\""
						+ LONG + "\"}}",
				"newTarget.code", "newTarget.kind", "newTarget.name"));
		// People: list and reads
		c.add(get("people list page=-1", "/api/v1/people?page=-1", "page"));
		c.add(get("people list size=100000", "/api/v1/people?size=100000", "size"));
		c.add(get("people list unit not a number", "/api/v1/people?unit=abc", "unit"));
		c.add(get("people list unit too big", "/api/v1/people?unit=" + HUGE, "unit"));
		c.add(get("people list unknown kind", "/api/v1/people?kind=PLANET", "kind"));
		c.add(get("people list age not a number", "/api/v1/people?minAge=abc", "minAge"));
		c.add(get("people list unknown sort", "/api/v1/people?sort=salary", "sort"));
		c.add(get("person id not a number", "/api/v1/people/abc", "id"));
		c.add(get("person id too big", "/api/v1/people/" + HUGE, "id"));
		c.add(get("person that does not exist", "/api/v1/people/" + MISSING));
		// People: create and change
		c.add(post("create person invalid JSON", "/api/v1/people", "{\"fullName\": "));
		c.add(post("create person JSON array", "/api/v1/people", "[{\"fullName\":\"Lê Văn A\"}]"));
		c.add(post("create person empty body", "/api/v1/people", ""));
		c.add(post("create person missing required fields", "/api/v1/people", "{}", "fullName"));
		c.add(post("create person impossible date", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"birthDate\":\"2025-02-30\",\"workUnitId\":{party}}", "birthDate"));
		c.add(post("create person number for a date", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"birthDate\":19800101,\"workUnitId\":{party}}", "birthDate"));
		c.add(post("create person unknown sex", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"sex\":\"PLANET\",\"workUnitId\":{party}}", "sex"));
		c.add(post("create person 5000-char name", "/api/v1/people",
				"{\"fullName\":\"" + LONG + "\",\"workUnitId\":{party}}", "fullName"));
		c.add(post("create person 5000-char address", "/api/v1/people", "{\"fullName\":\"Lê Văn Thử\",\"address\":\""
				+ LONG + "\",\"jobTitle\":\"" + LONG + "\",\"workUnitId\":{party}}", "address", "jobTitle"));
		c.add(post("create person unit id a string", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":\"abc\"}", "workUnitId"));
		c.add(post("create person unit id too big", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":" + HUGE + "}", "workUnitId"));
		c.add(post("create person unit that does not exist", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"workUnitId\":" + MISSING + "}", "workUnitId"));
		c.add(post("create person unknown field", "/api/v1/people",
				"{\"fullName\":\"Lê Văn Thử\",\"salary\":1,\"workUnitId\":{party}}", "salary"));
		c.add(new Case("create person as text/plain", HttpMethod.POST, "/api/v1/people", "fullName=X",
				MediaType.TEXT_PLAIN, List.of()));
		c.add(patch("change person impossible date", "/api/v1/people/{person}", "{\"birthDate\":\"2025-02-30\"}",
				"birthDate"));
		c.add(patch("change person 5000-char name", "/api/v1/people/{person}", "{\"fullName\":\"" + LONG + "\"}",
				"fullName"));
		c.add(patch("change person version a string", "/api/v1/people/{person}", "{\"version\":\"abc\"}", "version"));
		c.add(patch("change person JSON array", "/api/v1/people/{person}", "[]"));
		c.add(patch("change a missing person", "/api/v1/people/" + MISSING, "{\"fullName\":\"Lê Văn Thử\"}"));
		c.add(patch("change person id not a number", "/api/v1/people/abc", "{\"fullName\":\"Lê Văn Thử\"}", "id"));
		// membership: dues
		c.add(get("party dues without unit and month", "/api/v1/dues/party", "unit", "month"));
		c.add(get("party dues unit not a number", "/api/v1/dues/party?unit=abc&month=2026-03", "unit"));
		c.add(get("party dues unit too big", "/api/v1/dues/party?unit=" + HUGE + "&month=2026-03", "unit"));
		c.add(get("party dues impossible month", "/api/v1/dues/party?unit={unit}&month=2026-13", "month"));
		c.add(get("party dues month as a date", "/api/v1/dues/party?unit={unit}&month=2026-03-01", "month"));
		c.add(get("party dues of a missing unit", "/api/v1/dues/party?unit=" + MISSING + "&month=2026-03"));
		c.add(get("union dues impossible month", "/api/v1/dues/union?unit={unit}&month=abc", "month"));
		c.add(get("union dues of a Party cell", "/api/v1/dues/union?unit={unit}&month=2026-03"));
		c.add(post("dues payment invalid JSON", "/api/v1/dues/party/payments", "{\"unitId\": "));
		c.add(post("dues payment with nothing", "/api/v1/dues/party/payments", "{}", "unitId"));
		c.add(post("dues payment impossible month", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02-30\"}", "month"));
		c.add(post("dues payment impossible date", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02\",\"paidOn\":\"2026-02-30\"}", "paidOn"));
		c.add(post("dues payment unknown method", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":{person},\"month\":\"2026-02\",\"method\":\"GOLD\"}", "method"));
		c.add(post("dues payment unknown ledger kind", "/api/v1/dues/planet/payments", "{}", "kind"));
		c.add(post("dues payment of a missing person", "/api/v1/dues/party/payments",
				"{\"unitId\":{unit},\"personId\":" + MISSING + ",\"month\":\"2026-02\"}"));
		c.add(post("reverse a missing payment", "/api/v1/dues/payments/" + MISSING + "/reversal", null));
		c.add(post("reverse payment id not a number", "/api/v1/dues/payments/abc/reversal", null, "id"));
		c.add(post("salary negative amount", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":-5,\"validFrom\":\"2026-01-01\"}", "amount"));
		c.add(post("salary amount a word", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":\"nhiều\",\"validFrom\":\"2026-01-01\"}", "amount"));
		c.add(post("salary impossible date", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"amount\":5000000,\"validFrom\":\"2026-02-30\"}", "validFrom"));
		c.add(post("salary unknown kind", "/api/v1/dues/salaries",
				"{\"personId\":{person},\"kind\":\"BONUS\",\"amount\":5,\"validFrom\":\"2026-01-01\"}", "kind"));
		c.add(post("dues category unknown", "/api/v1/dues/party/categories",
				"{\"personId\":{person},\"category\":\"PLANET\",\"validFrom\":\"2026-01-01\"}", "category"));
		c.add(post("youth leave without reason", "/api/v1/youth/members/{person}/leave", "{}", "reason"));
		c.add(post("youth leave reason a number", "/api/v1/youth/members/{person}/leave", "{\"reason\":5}", "reason"));
		c.add(post("youth leave reason too long", "/api/v1/youth/members/{person}/leave",
				"{\"reason\":\"" + "x".repeat(501) + "\"}", "reason"));
		c.add(post("youth leave impossible date", "/api/v1/youth/members/{person}/leave",
				"{\"reason\":\"Chuyển đi\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("youth leave person id not a number", "/api/v1/youth/members/abc/leave",
				"{\"reason\":\"Chuyển đi\"}", "id"));
		c.add(post("youth leave of a missing person", "/api/v1/youth/members/" + MISSING + "/leave",
				"{\"reason\":\"Chuyển đi\"}"));
		c.add(post("youth leave invalid JSON", "/api/v1/youth/members/{person}/leave", "{\"reason\": "));
		// end membership: dues
		// Audit
		c.add(get("audit page=-1", "/api/v1/audit?page=-1", "page"));
		c.add(get("audit size=100000", "/api/v1/audit?size=100000", "size"));
		c.add(get("audit unit not a number", "/api/v1/audit?unit=abc", "unit"));
		c.add(get("audit unit too big", "/api/v1/audit?unit=" + HUGE, "unit"));
		c.add(get("audit impossible from date", "/api/v1/audit?from=2025-02-30", "from"));
		c.add(get("audit number for a date", "/api/v1/audit?to=20250101", "to"));
		// rules: rule table and calendar
		c.add(post("rule version without key", "/api/v1/rules",
				"{\"value\":\"1\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}", "key"));
		c.add(post("rule version of an unknown rule", "/api/v1/rules",
				"{\"key\":\"no.such.rule\",\"value\":\"1\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}", "key"));
		c.add(post("rule version letters for a percentage", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"abc\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version percentage over 100", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"150\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version fraction written badly", "/api/v1/rules",
				"{\"key\":\"membership.cell-resolution.threshold\",\"value\":\"3/2\",\"validFrom\":\"2030-01-01\",\"source\":\"X\"}",
				"value"));
		c.add(post("rule version without a date", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"source\":\"X\"}", "validFrom"));
		c.add(post("rule version impossible date", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-02-30\",\"source\":\"X\"}",
				"validFrom"));
		c.add(post("rule version without a source", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-01-01\"}", "source"));
		c.add(post("rule version 5000-char source", "/api/v1/rules",
				"{\"key\":\"union.dues.rate\",\"value\":\"0.4\",\"validFrom\":\"2030-01-01\",\"source\":\"" + LONG
						+ "\"}",
				"source"));
		c.add(get("rule that does not exist", "/api/v1/rules/no.such.rule"));
		c.add(get("working days without a count", "/api/v1/calendar/working-days?from=2025-01-01", "count"));
		c.add(get("working days negative count", "/api/v1/calendar/working-days?from=2025-01-01&count=-1", "count"));
		c.add(get("working days huge count", "/api/v1/calendar/working-days?from=2025-01-01&count=99999", "count"));
		c.add(get("working days impossible date", "/api/v1/calendar/working-days?from=2025-13-01&count=3", "from"));
		c.add(get("working days year 1900", "/api/v1/calendar/working-days?from=1900-01-01&count=3", "from"));
		c.add(post("calendar day on a year not entered", "/api/v1/calendar/days",
				"{\"day\":\"2040-01-02\",\"kind\":\"HOLIDAY\",\"name\":\"X\"}", "day"));
		c.add(post("calendar day of an unknown kind", "/api/v1/calendar/days",
				"{\"day\":\"2026-03-02\",\"kind\":\"PARTY\",\"name\":\"X\"}", "kind"));
		c.add(post("calendar make-up day on a Monday", "/api/v1/calendar/days",
				"{\"day\":\"2026-03-02\",\"kind\":\"WORKDAY\",\"name\":\"X\"}", "kind"));
		c.add(post("calendar day already there", "/api/v1/calendar/days",
				"{\"day\":\"2025-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"X\"}", "day"));
		c.add(new Case("remove a calendar day not there", HttpMethod.DELETE, "/api/v1/calendar/days/2026-03-03", null,
				null, List.of()));

		// directive: citations
		c.add(post("extract without text", "/api/v1/directives/extract", "{}", "text"));
		c.add(post("extract blank text", "/api/v1/directives/extract", "{\"text\":\"  \\n \"}", "text"));
		c.add(post("extract text an array", "/api/v1/directives/extract", "{\"text\":[1]}", "text"));
		c.add(post("extract text over 200,000 characters", "/api/v1/directives/extract",
				"{\"text\":\"" + "a".repeat(200_001) + "\"}", "text"));
		c.add(post("extract invalid JSON", "/api/v1/directives/extract", "{\"text\": "));
		c.add(post("extract empty body", "/api/v1/directives/extract", ""));
		c.add(post("extract JSON array", "/api/v1/directives/extract", "[\"448-KH/ĐU\"]"));
		c.add(get("extract does not take GET", "/api/v1/directives/extract"));
		c.add(get("parse without citation", "/api/v1/directives/parse", "citation"));
		c.add(get("parse blank citation", "/api/v1/directives/parse?citation=%20", "citation"));
		c.add(get("parse mixed separators", "/api/v1/directives/parse?citation=448%2FKH-%C4%90U-TW", "citation"));
		c.add(get("parse unknown type", "/api/v1/directives/parse?citation=448-XY%2FTW", "citation"));
		c.add(get("parse number zero", "/api/v1/directives/parse?citation=0-KH%2FTW", "citation"));
		c.add(get("parse 5000-char citation", "/api/v1/directives/parse?citation=" + LONG, "citation"));

		// directive: registry
		c.add(get("directives list page=-1", "/api/v1/directives?page=-1", "page"));
		c.add(get("directives list size=100000", "/api/v1/directives?size=100000", "size"));
		c.add(get("directives list page not a number", "/api/v1/directives?page=abc", "page"));
		c.add(get("directives list year not a number", "/api/v1/directives?year=abc", "year"));
		c.add(get("directives list impossible year", "/api/v1/directives?year=99999", "year"));
		c.add(get("directives list unknown type", "/api/v1/directives?type=PLANET", "type"));
		c.add(get("directives list unknown status", "/api/v1/directives?status=PLANET", "status"));
		c.add(get("directives list 5000-char search", "/api/v1/directives?q=" + LONG, "q"));
		c.add(get("directive id not a number", "/api/v1/directives/abc", "id"));
		c.add(get("directive id too big", "/api/v1/directives/" + HUGE, "id"));
		c.add(get("directive that does not exist", "/api/v1/directives/" + MISSING));
		c.add(post("register directive invalid JSON", "/api/v1/directives", "{\"citation\": "));
		c.add(post("register directive JSON array", "/api/v1/directives", "[{\"citation\":\"1-KH/TW\"}]"));
		c.add(post("register directive empty body", "/api/v1/directives", ""));
		c.add(post("register directive with nothing", "/api/v1/directives", "{}", "citation"));
		c.add(post("register directive not a citation", "/api/v1/directives",
				"{\"citation\":\"abc\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}", "citation"));
		c.add(post("register directive impossible date", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issueDate\":\"2025-02-30\",\"summary\":\"Thử\"}", "issueDate"));
		c.add(post("register directive unknown type", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"type\":\"PLANET\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}",
				"type"));
		c.add(post("register directive 5000-char summary", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issueDate\":\"2024-01-01\",\"summary\":\"" + LONG + LONG + "\"}",
				"summary"));
		c.add(post("register directive issuer id a string", "/api/v1/directives",
				"{\"citation\":\"1-KH/TW\",\"issuerId\":\"abc\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}",
				"issuerId"));
		c.add(post("register directive missing issuer", "/api/v1/directives", "{\"citation\":\"1-KH/TW\",\"issuerId\":"
				+ MISSING + ",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}", "issuerId"));
		c.add(new Case("register directive as text/plain", HttpMethod.POST, "/api/v1/directives", "citation=X",
				MediaType.TEXT_PLAIN, List.of()));
		c.add(post("link a missing directive", "/api/v1/directives/" + MISSING + "/links",
				"{\"toId\":1,\"kind\":\"REPLACES\"}"));
		c.add(post("link with an unknown kind", "/api/v1/directives/" + MISSING + "/links",
				"{\"toId\":1,\"kind\":\"PLANET\"}", "kind"));
		c.add(post("assign a missing directive", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":[{unit}],\"actions\":[{\"kind\":\"DISSEMINATE\",\"days\":5}]}"));
		c.add(post("assign an unknown action", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":[{unit}],\"actions\":[{\"kind\":\"PLANET\",\"days\":5}]}", "actions[0].kind"));
		c.add(post("assign unit ids a string", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"unitIds\":\"abc\"}", "unitIds"));
		c.add(post("assign impossible due date", "/api/v1/directives/" + MISSING + "/assignments",
				"{\"actions\":[{\"kind\":\"PLAN\",\"dueOn\":\"2025-02-30\"}]}", "actions[0].dueOn"));
		c.add(post("record an unknown action", "/api/v1/directives/" + MISSING + "/units/{unit}/actions/PLANET",
				"{\"doneOn\":\"2024-01-01\"}", "kind"));
		c.add(post("record on a missing directive", "/api/v1/directives/" + MISSING + "/units/{unit}/actions/PLAN",
				"{\"doneOn\":\"2024-01-01\"}"));
		c.add(get("tracking of a missing directive", "/api/v1/directives/" + MISSING + "/tracking"));
		c.add(get("tracking page=-1", "/api/v1/directives/" + MISSING + "/tracking?page=-1", "page"));
		c.add(get("obligations unit not a number", "/api/v1/units/abc/obligations", "id"));
		c.add(get("obligations of a missing unit", "/api/v1/units/" + MISSING + "/obligations"));
		c.add(post("study a missing directive", "/api/v1/directives/" + MISSING + "/study", "{\"studied\":false}"));
		// directive: end

		// Membership (Party): timeline, status, admissions, probation, statistics,
		// transfers, endings
		c.add(get("membership timeline id not a number", "/api/v1/members/abc/timeline", "personId"));
		c.add(get("membership timeline of a missing person", "/api/v1/members/" + MISSING + "/timeline"));
		c.add(get("membership status impossible asOf", "/api/v1/members/{person}/status?asOf=2025-02-30", "asOf"));
		c.add(get("membership status of a missing person", "/api/v1/members/" + MISSING + "/status"));
		c.add(get("admissions page=-1", "/api/v1/admissions?page=-1", "page"));
		c.add(get("admissions size=100000", "/api/v1/admissions?size=100000", "size"));
		c.add(get("admissions page too big for int", "/api/v1/admissions?page=" + HUGE, "page"));
		c.add(get("admissions unknown state", "/api/v1/admissions?state=PLANET", "state"));
		c.add(get("admissions unit not a number", "/api/v1/admissions?unit=abc", "unit"));
		c.add(get("admission that does not exist", "/api/v1/admissions/" + MISSING));
		c.add(post("create admission invalid JSON", "/api/v1/admissions", "{\"personId\": "));
		c.add(post("create admission with nothing", "/api/v1/admissions", "{}", "personId"));
		c.add(post("create admission personId a string", "/api/v1/admissions",
				"{\"personId\":\"abc\",\"cellId\":{unit}}", "personId"));
		c.add(post("create admission impossible date", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":{unit},\"openedOn\":\"2025-02-30\"}", "openedOn"));
		c.add(post("create admission in a committee, not a cell", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":{party}}", "cellId"));
		c.add(post("create admission in a missing cell", "/api/v1/admissions",
				"{\"personId\":{person},\"cellId\":" + MISSING + "}", "cellId"));
		c.add(post("admission step on a missing file", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CERTIFICATE\",\"date\":\"2024-01-05\"}"));
		c.add(post("admission step id not a number", "/api/v1/admissions/abc/steps", "{}", "id"));
		c.add(post("admission step impossible date", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CERTIFICATE\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("admission step votes a string", "/api/v1/admissions/" + MISSING + "/steps",
				"{\"step\":\"CELL_RESOLUTION\",\"votesFor\":\"many\"}", "votesFor"));
		c.add(get("probation unit not a number", "/api/v1/probation?unit=abc", "unit"));
		c.add(get("probation of a missing unit", "/api/v1/probation?unit=" + MISSING));
		c.add(get("membership statistics impossible from", "/api/v1/statistics/membership?from=2025-02-30", "from"));
		c.add(get("membership statistics to before from", "/api/v1/statistics/membership?from=2025-02-01&to=2025-01-01",
				"to"));
		c.add(get("membership statistics of a missing unit", "/api/v1/statistics/membership?unit=" + MISSING));
		c.add(post("withdraw last step of a missing file", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\":\"Ghi nhầm\"}"));
		c.add(post("withdraw last step invalid JSON", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\": "));
		c.add(post("withdraw last step id not a number", "/api/v1/admissions/abc/steps/last/withdrawal", "{}", "id"));
		c.add(post("withdraw last step reason an object", "/api/v1/admissions/" + MISSING + "/steps/last/withdrawal",
				"{\"reason\":{\"a\":1}}", "reason"));
		c.add(post("close a missing file", "/api/v1/admissions/" + MISSING + "/closing", "{\"reason\":\"Xin rút\"}"));
		c.add(post("close file impossible date", "/api/v1/admissions/" + MISSING + "/closing",
				"{\"reason\":\"Xin rút\",\"closedOn\":\"2025-02-30\"}", "closedOn"));
		c.add(post("close file JSON array", "/api/v1/admissions/" + MISSING + "/closing", "[]"));
		c.add(get("transfers unit not a number", "/api/v1/transfers?unit=abc", "unit"));
		c.add(get("transfers of a missing unit", "/api/v1/transfers?unit=" + MISSING));
		c.add(get("transfers all not a boolean", "/api/v1/transfers?all=perhaps", "all"));
		c.add(get("transfer that does not exist", "/api/v1/transfers/" + MISSING));
		c.add(post("start transfer invalid JSON", "/api/v1/transfers", "{\"personId\": "));
		c.add(post("start transfer with nothing", "/api/v1/transfers", "{}", "personId"));
		c.add(post("start transfer unknown kind", "/api/v1/transfers", "{\"personId\":{person},\"kind\":\"FOREVER\"}",
				"kind"));
		c.add(post("start transfer unknown purpose", "/api/v1/transfers",
				"{\"personId\":{person},\"kind\":\"TEMPORARY\",\"purpose\":\"HOLIDAY\"}", "purpose"));
		c.add(post("start transfer impossible date", "/api/v1/transfers",
				"{\"personId\":{person},\"toCellId\":{unit},\"sentOn\":\"2025-02-30\"}", "sentOn"));
		c.add(post("start transfer without a date", "/api/v1/transfers", "{\"personId\":{person},\"toCellId\":{unit}}",
				"sentOn"));
		c.add(post("start transfer in the future", "/api/v1/transfers",
				"{\"personId\":{person},\"toCellId\":{unit},\"sentOn\":\"2099-01-01\"}", "sentOn"));
		c.add(post("confirm a missing transfer", "/api/v1/transfers/" + MISSING + "/confirm",
				"{\"receivedOn\":\"2025-01-02\"}"));
		c.add(post("confirm transfer impossible date", "/api/v1/transfers/" + MISSING + "/confirm",
				"{\"receivedOn\":\"2025-02-30\"}", "receivedOn"));
		c.add(post("confirm transfer id not a number", "/api/v1/transfers/abc/confirm", "{}", "id"));
		c.add(post("return of a missing transfer", "/api/v1/transfers/" + MISSING + "/return",
				"{\"backOn\":\"2025-01-02\"}"));
		c.add(post("arrival with nothing", "/api/v1/transfers/arrivals", "{}", "personId"));
		c.add(post("arrival unknown standing", "/api/v1/transfers/arrivals",
				"{\"personId\":{person},\"cellId\":{unit},\"standing\":\"HONORARY\"}", "standing"));
		c.add(post("arrival without a letter", "/api/v1/transfers/arrivals",
				"{\"personId\":{person},\"cellId\":{unit},\"otherUnitName\":\"Đảng bộ X\"}", "letterNumber"));
		c.add(post("ending without a type", "/api/v1/members/{person}/endings", "{}", "type"));
		c.add(post("ending unknown type", "/api/v1/members/{person}/endings", "{\"type\":\"RETIRED\"}", "type"));
		c.add(post("ending impossible date", "/api/v1/members/{person}/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-02-30\"}", "date"));
		c.add(post("ending without reason", "/api/v1/members/{person}/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\"}", "reason"));
		c.add(post("ending 5000-char reason", "/api/v1/members/{person}/endings",
				"{\"type\":\"EXPELLED\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\",\"reason\":\"" + LONG
						+ "\"}",
				"reason"));
		c.add(post("ending of a missing person", "/api/v1/members/" + MISSING + "/endings",
				"{\"type\":\"STRUCK_OFF\",\"date\":\"2025-01-02\",\"documentNumber\":\"1-QĐ\",\"reason\":\"x\"}"));
		// Me and unknown addresses
		c.add(post("me does not take POST", "/api/v1/me", "{}"));
		c.add(get("unknown API address", "/api/v1/nothing-here"));
		return c;
	}

	static Stream<Arguments> casesForEachCaller() {
		// Writes only an administrator may make are checked as the administrator: an
		// office
		// is refused before its input is read (RulesPagesAndApiTest covers that refusal).
		return cases().stream()
			.flatMap((c) -> adminOnly(c) ? Stream.of(Arguments.of(c, "ADMIN"))
					: Stream.of(Arguments.of(c, "ADMIN"), Arguments.of(c, "COMMITTEE_OFFICE")));
	}

	static boolean adminOnly(Case c) {
		return c.method() != HttpMethod.GET
				&& (c.url().startsWith("/api/v1/rules") || c.url().startsWith("/api/v1/calendar"));
	}

	@BeforeEach
	void findDemoRecords() {
		this.partyRootId = idOf("DBCHQ");
		this.unitId = idOf("CB-CAUTREO");
		this.personId = this.jdbc.sql("select id from person where full_name = 'Nguyễn Văn Đức'")
			.query(Long.class)
			.single();
	}

	@ParameterizedTest(name = "{0} ({1})")
	@MethodSource("casesForEachCaller")
	void badInputIsAVietnameseProblemAndWritesNothing(Case c, String role) throws Exception {
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

	private long idOf(String code) {
		return this.jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

}
