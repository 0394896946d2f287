package vn.dangvu.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.membership.MassFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.JsonRequests.postJson;

/**
 * Garbage posted to the forms re-renders the form with Vietnamese errors (never the 500
 * page, never a written row); an address of a record that cannot exist shows the
 * Vietnamese 404 page.
 */
@IntegrationTest
class PageBadInputTest {

	static final String LONG = "X".repeat(5000);

	static final List<String> TABLES = List.of("org_unit", "org_unit_history", "person", "person_affiliation",
			"account", "account_grant", "audit_event");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> garbage() {
		return Stream.of(
				Arguments.of("unit: everything wrong", "/units/new", "organisation/new",
						Map.of("code", LONG, "kind", "PLANET", "name", "", "parentId", "abc", "effectiveDate",
								"2025-02-30", "note", LONG)),
				Arguments.of("unit: parent id too big", "/units/new", "organisation/new",
						Map.of("code", "RB-1", "kind", "CELL", "name", "Chi bộ thử", "parentId",
								"9223372036854775808")),
				Arguments.of("unit: parent that does not exist", "/units/new", "organisation/new",
						Map.of("code", "RB-1", "kind", "CELL", "name", "Chi bộ thử", "parentId", "99999999")),
				Arguments.of("person: everything wrong", "/people", "people/form",
						Map.of("fullName", LONG, "birthDate", "2025-02-30", "sex", "PLANET", "workUnitId", "abc")),
				Arguments.of("person: unit id too big", "/people", "people/form",
						Map.of("fullName", "Lê Văn Thử", "workUnitId", "9223372036854775808")),
				Arguments.of("person: version not a number", "/people", "people/form",
						Map.of("fullName", "Lê Văn Thử", "version", "abc")),
				Arguments.of("account: everything wrong", "/accounts", "identity/account-form",
						Map.of("username", "", "personId", "abc", "grants[0].role", "PLANET", "grants[0].unitId",
								"abc")),
				Arguments.of("account: person id not a number", "/accounts", "identity/account-form",
						Map.of("username", "robust.test", "displayName", "Thử Nghiệm", "password",
								"Mat-khau-rat-dai-2025", "personId", "abc")),
				Arguments.of("account: unknown role", "/accounts", "identity/account-form",
						Map.of("username", "robust.test2", "displayName", "Thử Nghiệm", "password",
								"Mat-khau-rat-dai-2025", "grants[0].role", "PLANET")),
				Arguments.of("account: 5000-char names", "/accounts", "identity/account-form",
						Map.of("username", LONG, "displayName", LONG, "password", LONG)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("garbage")
	void garbageReRendersTheFormWithVietnameseErrors(String name, String url, String view, Map<String, String> fields)
			throws Exception {
		Map<String, Long> before = counts();
		MockHttpServletRequestBuilder req = post(url).with(TestCallers.as(TestCallers.admin())).with(csrf());
		fields.forEach((k, v) -> req.param(k, v));

		MvcResult result = this.mvc.perform(req).andReturn();

		assertThat(result.getResponse().getStatus()).as(name).isIn(200, 400, 422);
		assertThat(result.getModelAndView()).as(name).isNotNull();
		assertThat(result.getModelAndView().getViewName()).as(name).isEqualTo(view);
		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.hasErrors()).as(name).isTrue();
		String html = result.getResponse().getContentAsString();
		assertThat(html).as(name).doesNotContain("Đã xảy ra lỗi ngoài dự kiến");
		assertThat(ApiBadInputTest.VIETNAMESE.matcher(errorText(html).toLowerCase()).find())
			.as("%s shows Vietnamese errors: %s", name, errorText(html))
			.isTrue();
		assertThat(counts()).as(name).isEqualTo(before);
	}

	@org.junit.jupiter.api.Test
	void aPersonFormWithAnUnreadableVersionChangesNothing() throws Exception {
		long unit = new MassFixtures(this.jdbc).tree("phiên bản").cell();
		java.time.LocalDate born = java.time.LocalDate.of(1990, 5, 17);
		String cccd = vn.dangvu.people.PeopleFixtures.cccd(born, vn.dangvu.people.Sex.FEMALE);
		String created = this.mvc
			.perform(postJson(TestCallers.admin(), "/api/v1/people",
					"{\"fullName\":\"Trần Thị Phiên Bản\",\"birthDate\":\"" + born + "\",\"sex\":\"FEMALE\",\"cccd\":\""
							+ cccd + "\",\"workUnitId\":" + unit + "}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		assertThat(created).as("created person").isNotNull();
		long personId = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
		Map<String, Long> before = counts();

		MvcResult result = this.mvc
			.perform(postForm(TestCallers.admin(), "/people/" + personId, "fullName", "Trần Thị Đổi Tên", "birthDate",
					born.toString(), "sex", "FEMALE", "cccd", cccd, "workUnitId", String.valueOf(unit), "version",
					"abc"))
			.andReturn();

		assertThat(result.getModelAndView().getViewName()).isEqualTo("people/form");
		BindingResult errors = (BindingResult) result.getModelAndView()
			.getModel()
			.get(BindingResult.MODEL_KEY_PREFIX + "form");
		assertThat(errors.hasFieldErrors("version")).isTrue();
		assertThat(counts()).isEqualTo(before);
		assertThat(id("select count(*) from person where full_name = 'Trần Thị Đổi Tên'")).isEqualTo("0");
	}

	static Stream<String> missing() {
		return Stream.of("/units/abc", "/units/99999999", "/units/9223372036854775808", "/units/abc/rename",
				"/people/99999999999", "/people/99999999/edit", "/accounts/abc", "/accounts/99999999");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("missing")
	void anAddressOfNoRecordShowsTheVietnamese404Page(String url) throws Exception {
		MvcResult result = this.mvc.perform(get(url).with(TestCallers.as(TestCallers.admin()))).andReturn();

		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(404);
		assertThat(result.getModelAndView()).as(url).isNotNull();
		assertThat(result.getModelAndView().getViewName()).as(url).isEqualTo("error");
		assertThat(result.getResponse().getContentAsString()).as(url)
			.contains("Không tìm thấy")
			.doesNotContain("Đã xảy ra lỗi ngoài dự kiến");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("statuses")
	void theErrorPageNamesTheProblemInVietnamese(int status, String text) throws Exception {
		String html = this.mvc
			.perform(get("/error").with(TestCallers.as(TestCallers.admin()))
				.accept(MediaType.TEXT_HTML)
				.requestAttr("jakarta.servlet.error.status_code", status)
				.requestAttr("jakarta.servlet.error.request_uri", "/people/abc"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains(text).doesNotContain("Đã xảy ra lỗi ngoài dự kiến");
	}

	static Stream<Arguments> statuses() {
		return Stream.of(Arguments.of(404, "Không tìm thấy địa chỉ"), Arguments.of(403, "không có quyền"),
				Arguments.of(405, "Phương thức HTTP"));
	}

	static Stream<Arguments> probes() {
		return Stream.of(Arguments.of("GET", "/units?asOf=2025-02-30", Map.of()),
				Arguments.of("GET", "/units?kind=PLANET&page=abc", Map.of()),
				Arguments.of("GET", "/units/{unit}/children?asOf=abc", Map.of()),
				Arguments.of("GET", "/units/merge?target=abc&family=PLANET", Map.of()),
				Arguments.of("GET", "/units/new?parent=abc", Map.of()),
				Arguments.of("GET", "/units/new?parent=99999999", Map.of()),
				Arguments.of("GET", "/units/{unit}/move/targets?q=" + LONG, Map.of()),
				Arguments.of("GET", "/people?page=-1&size=100000&kind=PLANET&unit=abc&minAge=abc&sort=x", Map.of()),
				Arguments.of("GET", "/people?unit=9223372036854775808", Map.of()),
				Arguments.of("GET", "/people/fragment?page=abc", Map.of()),
				Arguments.of("GET", "/people/export?unit=abc", Map.of()),
				Arguments.of("GET", "/people/import/99999999", Map.of()),
				Arguments.of("GET", "/audit?page=abc&from=2025-02-30&unit=abc", Map.of()),
				Arguments.of("GET", "/audit?page=-5", Map.of()), Arguments.of("GET", "/audit/99999999", Map.of()),
				Arguments.of("GET", "/audit/abc", Map.of()), Arguments.of("GET", "/audit/export?from=abc", Map.of()),
				Arguments.of("GET", "/accounts?page=abc&q=" + LONG, Map.of()),
				Arguments.of("POST", "/units/{unit}/rename", Map.of("name", LONG, "effectiveDate", "2025-02-30")),
				Arguments.of("POST", "/units/{unit}/move", Map.of("parentId", "abc", "effectiveDate", "x")),
				Arguments.of("POST", "/units/merge", Map.of("family", "PLANET", "sourceIds", "abc", "targetId", "abc")),
				Arguments.of("POST", "/units/{unit}/close", Map.of("effectiveDate", "abc", "note", LONG)),
				Arguments.of("POST", "/units/99999999/close", Map.of("effectiveDate", "2025-01-01")),
				Arguments.of("POST", "/people/{person}", Map.of("fullName", LONG, "version", "abc")),
				Arguments.of("POST", "/people/99999999", Map.of("fullName", "Lê Văn Thử")),
				Arguments.of("POST", "/people/import", Map.of()),
				Arguments.of("POST", "/accounts/{account}",
						Map.of("displayName", LONG, "personId", "abc", "grants[0].role", "PLANET")),
				Arguments.of("POST", "/accounts/abc/unlock", Map.of()),
				Arguments.of("POST", "/accounts/99999999/enabled", Map.of("enabled", "maybe")),
				Arguments.of("POST", "/accounts/99999999/reset-password", Map.of()),
				Arguments.of("POST", "/tokens", Map.of("name", LONG, "expiresOn", "abc")),
				Arguments.of("POST", "/tokens/abc/revoke", Map.of()),
				Arguments.of("POST", "/tokens/99999999/revoke", Map.of()));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("probes")
	void garbageOnAnyPageIsNeverA500(String method, String url, Map<String, String> fields) throws Exception {
		MassFixtures fixtures = new MassFixtures(this.jdbc);
		long cell = fixtures.tree("trang sai").cell();
		long person = fixtures.partyMember("Nguyễn Văn Sai", java.time.LocalDate.of(1985, 1, 1), cell, cell);
		Map<String, Long> before = counts();
		String address = url.replace("{unit}", String.valueOf(cell))
			.replace("{person}", String.valueOf(person))
			.replace("{account}", id("select min(id) from account"));
		MockHttpServletRequestBuilder req = (method.equals("GET") ? get(address) : post(address).with(csrf()))
			.with(TestCallers.as(TestCallers.admin()));
		fields.forEach((k, v) -> req.param(k, v));

		MvcResult result = this.mvc.perform(req).andReturn();

		int status = result.getResponse().getStatus();
		assertThat(status).as("%s %s", method, url).isLessThan(500);
		if (status >= 400 && result.getModelAndView() != null) {
			assertThat(result.getResponse().getContentAsString()).doesNotContain("Đã xảy ra lỗi ngoài dự kiến");
		}
		assertThat(counts()).as(url).isEqualTo(before);
	}

	private String id(String sql) {
		return String.valueOf(this.jdbc.sql(sql).query(Long.class).single());
	}

	/** The texts of the invalid-feedback and alert elements. */
	private static String errorText(String html) {
		StringBuilder out = new StringBuilder();
		var m = java.util.regex.Pattern.compile("class=\"[^\"]*(invalid-feedback|alert-danger)[^\"]*\"[^>]*>([^<]*)")
			.matcher(html);
		while (m.find()) {
			out.append(m.group(2).trim()).append(' ');
		}
		return out.toString();
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : TABLES) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

}
