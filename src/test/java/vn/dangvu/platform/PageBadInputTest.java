package vn.dangvu.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Garbage posted to the forms re-renders the form with Vietnamese errors (never the 500
 * page, never a written row); an address of a record that cannot exist shows the
 * Vietnamese 404 page.
 */
@IntegrationTest
@AutoConfigureMockMvc
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
