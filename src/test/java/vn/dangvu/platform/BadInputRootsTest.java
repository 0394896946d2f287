package vn.dangvu.platform;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.organisation.OrganisationFixtures;
import vn.dangvu.platform.security.Caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.dangvu.testkit.FormRequests.postForm;

/**
 * The causes of the 500s that issue 9 (items 16–19) still found, each answered at its
 * root: enum and list parameters read strictly in one converter, NUL refused in every
 * parameter and JSON text, Spring's own 4xx refusals kept as 4xx, dates only as strings
 * and ids only as integers in JSON, and invisible characters refused in names, codes and
 * citations.
 */
@IntegrationTest
class BadInputRootsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private long count(String table) {
		return id("select count(*) from " + table);
	}

	private MockHttpServletResponse perform(MockHttpServletRequestBuilder req, Caller caller) throws Exception {
		return this.mvc.perform(req.with(TestCallers.as(caller)).with(csrf())).andReturn().getResponse();
	}

	private void assertFieldProblem(MockHttpServletResponse res, int status, String field, String what)
			throws Exception {
		String json = res.getContentAsString();
		assertThat(res.getStatus()).as("%s: %s", what, json).isEqualTo(status);
		assertThat(res.getContentType()).as(what).startsWith("application/problem+json");
		List<String> fields = JsonPath.read(json, "$.errors[*].field");
		assertThat(fields).as("%s: %s", what, json).contains(field);
		assertThat(ApiBadInputTest.VIETNAMESE.matcher(((String) JsonPath.read(json, "$.detail")).toLowerCase()).find())
			.as("Vietnamese detail of %s", what)
			.isTrue();
	}

	private void assertErrorPage(MockHttpServletResponse res, int status, String what) throws Exception {
		assertThat(res.getStatus()).as(what).isEqualTo(status);
		assertThat(res.getContentType()).as(what).startsWith("text/html");
		assertThat(res.getContentAsString()).as(what).contains("Dữ liệu không hợp lệ");
	}

	// item 16

	@Test
	void aBlankOrNulUnitKindIsAFieldErrorNotANullPointer() throws Exception {
		for (String kind : new String[] { " ", "\u0000", "cell", "CELL, ", "PLANET" }) {
			MockHttpServletResponse res = perform(get("/api/v1/units").param("kind", kind), TestCallers.admin());
			assertFieldProblem(res, 400, "kind", "kind=" + kind.replace("\u0000", "%00"));
		}
	}

	@Test
	void aBlankCalendarDayInThePathIsA400EvenForACellSecretary() throws Exception {
		long cell = new OrganisationFixtures(this.mvc).cell("Lịch trống");
		for (Caller caller : List.of(TestCallers.admin(), TestCallers.secretaryOf(cell))) {
			MockHttpServletResponse res = perform(delete("/api/v1/calendar/days/{d}", " "), caller);
			assertThat(res.getStatus()).as("%s %s", caller.roles(), res.getContentAsString()).isEqualTo(400);
			assertThat(res.getContentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void aLowercaseOrUnknownDuesKindIsThe400PageOnEveryDuesForm() throws Exception {
		long unit = new OrganisationFixtures(this.mvc).cell("Loại đảng phí");
		long before = count("dues_payment") + count("insured_salary");
		for (String kind : new String[] { "party", "PLANET", " ", "\u0000" }) {
			String u = Long.toString(unit);
			assertErrorPage(perform(
					get("/membership/dues/export").param("kind", kind).param("unit", u).param("month", "2026-03"),
					TestCallers.admin()), 400, "export " + kind);
			for (String path : new String[] { "/membership/dues/pay", "/membership/union/dues/pay" }) {
				assertErrorPage(perform(
						post(path).param("kind", kind).param("unit", u).param("month", "2026-03").param("person", "1"),
						TestCallers.admin()), 400, path + " " + kind);
			}
			for (String path : new String[] { "/membership/dues/undo", "/membership/union/dues/undo" }) {
				assertErrorPage(perform(post(path).param("kind", kind)
					.param("unit", u)
					.param("month", "2026-03")
					.param("payment", "99999999"), TestCallers.admin()), 400, path + " " + kind);
			}
			assertErrorPage(perform(post("/membership/dues/salaries/import").param("kind", kind)
				.param("unit", u)
				.param("month", "2026-03")
				.param("lines", ""), TestCallers.admin()), 400, "salary import " + kind);
		}
		assertThat(count("dues_payment") + count("insured_salary")).isEqualTo(before);
	}

	@Test
	void aNulOrBlankPersonInTheYouthMaturationFormIsThe400Page() throws Exception {
		long before = count("youth_stay");
		for (String person : new String[] { "\u0000", " ", "1,,2" }) {
			assertErrorPage(perform(post("/membership/youth/mature").param("person", person), TestCallers.admin()), 400,
					"mature person=" + person.replace("\u0000", "%00"));
		}
		assertThat(count("youth_stay")).isEqualTo(before);
	}

	@Test
	void aNulInATokenNameACalendarYearOrACitationIsThe400PageAndWritesNothing() throws Exception {
		long tokens = count("api_token");
		long years = count("calendar_year");
		long documents = count("party_doc");
		assertErrorPage(perform(post("/tokens").param("name", "Máy\u0000in"), TestCallers.admin()), 400, "token");
		assertErrorPage(perform(post("/rules/calendar/years").param("year", "2041")
			.param("confirmed", "true")
			.param("source", "Quyết định\u0000")
			.param("note", "x"), TestCallers.admin()), 400, "calendar year source");
		assertErrorPage(perform(post("/rules/calendar/years").param("year", "2041")
			.param("source", "Quyết định 1")
			.param("note", "\u0000"), TestCallers.admin()), 400, "calendar year note");
		assertErrorPage(perform(post("/directives/documents/new").param("implementsCitation", "12-KH/TW\u0000")
			.param("type", "PLAN")
			.param("title", "Kế hoạch thử"), TestCallers.admin()), 400, "document implementsCitation");
		assertThat(count("api_token")).isEqualTo(tokens);
		assertThat(count("calendar_year")).isEqualTo(years);
		assertThat(count("party_doc")).isEqualTo(documents);
	}

	// item 17

	@Test
	void aNumberForADateIsRefusedNotReadAsEpochDays() throws Exception {
		long before = count("directive_document");
		for (String date : new String[] { "0", "[2024,1,1]", "20240101" }) {
			MockHttpServletResponse res = perform(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
				.content("{\"citation\":\"9" + date.length() + "-KH/TW\",\"issueDate\":" + date
						+ ",\"summary\":\"Thử ngày\"}"),
					TestCallers.admin());
			assertFieldProblem(res, 400, "issueDate", "issueDate " + date);
		}
		assertThat(count("directive_document")).isEqualTo(before);
	}

	@Test
	void aDecimalIdIsRefusedNotTruncated() throws Exception {
		long from = id("select min(id) from directive_document");
		long links = count("directive_link");
		MockHttpServletResponse res = perform(
				post("/api/v1/directives/{id}/links", from).contentType(MediaType.APPLICATION_JSON)
					.content("{\"toId\":" + (from + 1) + ".7,\"kind\":\"IMPLEMENTS\"}"),
				TestCallers.admin());
		assertFieldProblem(res, 400, "toId", "toId with a fraction");
		res = perform(post("/api/v1/units/merge").contentType(MediaType.APPLICATION_JSON)
			.content("{\"sourceIds\":[1.5],\"targetId\":2}"), TestCallers.admin());
		assertFieldProblem(res, 400, "sourceIds[0]", "sourceIds with a fraction");
		assertThat(count("directive_link")).isEqualTo(links);
	}

	// item 18

	@Test
	void aNulInApiTextIsAFieldErrorNotAConflict() throws Exception {
		long party = new OrganisationFixtures(this.mvc).committee("Ký tự NUL");
		long before = count("org_unit");
		MockHttpServletResponse res = perform(post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"code\":\"NUL-1\",\"kind\":\"CELL\",\"name\":\"Chi bộ\\u0000thử\",\"establishedOn\":\"2024-01-01\",\"parentId\":"
							+ party + "}"),
				TestCallers.admin());
		assertFieldProblem(res, 400, "name", "NUL in a unit name");
		res = perform(post("/api/v1/youth/members/99999999/leave").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Chuyển\\u0000đi\"}"), TestCallers.admin());
		assertFieldProblem(res, 400, "reason", "NUL in a reason");
		res = perform(get("/api/v1/people").param("q", "Nguyễn\u0000"), TestCallers.admin());
		assertFieldProblem(res, 400, "q", "NUL in a query parameter");
		assertThat(count("org_unit")).isEqualTo(before);
	}

	// item 19

	@Test
	void invisibleCharactersAndEmojiAreRefusedInUnitNamesTokenNamesAndCitations() throws Exception {
		long party = new OrganisationFixtures(this.mvc).committee("Ký tự ẩn");
		long units = count("org_unit");
		long tokens = count("api_token");
		for (String name : new String[] { "Chi bộ \u202Ethử", "Chi bộ\u200Bthử", "Chi bộ thử \uD83D\uDE00",
				"Chi bộ \u2066thử\u2069", "\uFEFFChi bộ thử" }) {
			MockHttpServletResponse res = perform(
					post("/api/v1/units").contentType(MediaType.APPLICATION_JSON)
						.content("{\"code\":\"INV-" + units + "\",\"kind\":\"CELL\",\"name\":\"" + name
								+ "\",\"establishedOn\":\"2024-01-01\",\"parentId\":" + party + "}"),
					TestCallers.admin());
			assertThat(res.getStatus()).as(name + " " + res.getContentAsString()).isBetween(400, 422);
			assertThat(res.getContentAsString()).contains("ký tự ẩn");
			assertThat((List<String>) JsonPath.read(res.getContentAsString(), "$.errors[*].field")).contains("name");
		}
		MockHttpServletResponse res = perform(
				post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON)
					.content("{\"citation\":\"77-KH/\u200BTW\",\"issueDate\":\"2024-01-01\",\"summary\":\"Thử\"}"),
				TestCallers.admin());
		assertThat(res.getStatus()).as(res.getContentAsString()).isBetween(400, 422);
		assertThat((List<String>) JsonPath.read(res.getContentAsString(), "$.errors[*].field")).contains("citation");
		this.mvc.perform(postForm(TestCallers.admin(), "/tokens", "name", "Máy in \u202Egnal"));
		assertThat(count("org_unit")).isEqualTo(units);
		assertThat(count("api_token")).isEqualTo(tokens);
	}

}
