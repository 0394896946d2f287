package vn.dangvu.identity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The API cannot be driven by another web site through credentials a browser keeps (issue
 * 9, item 14).
 */
@IntegrationTest
class ApiCrossSiteIntegrationTest extends SignInTestBase {

	private String newAdmin() {
		return admin("api.", "Người Thử API");
	}

	/** A POST to the API signed in with the administrator's password (HTTP Basic). */
	private static MockHttpServletRequestBuilder postAs(String admin, String url) {
		return post(url).with(httpBasic(admin, PASSWORD));
	}

	@Test
	void aFormPostFromAnotherSiteIsRefusedBeforeTheCredentialsAreUsed() throws Exception {
		String admin = newAdmin();
		this.mvc
			.perform(postAs(admin, "/api/v1/dues/payments/999999999/reversal").header("Origin", "http://evil.example")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("a=b"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("trang web khác")));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(admin, PASSWORD)).header("Origin", "null"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(admin, PASSWORD)).header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
	}

	@Test
	void writesAcceptOnlyJsonBodies() throws Exception {
		String admin = newAdmin();
		for (MediaType type : List.of(MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN,
				MediaType.MULTIPART_FORM_DATA)) {
			this.mvc.perform(postAs(admin, "/api/v1/dues/payments/999999999/reversal").contentType(type).content("a=b"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("JSON")));
		}
	}

	@Test
	void theSameOriginAndProgramsWithoutAnOriginStillWork() throws Exception {
		String admin = newAdmin();
		this.mvc
			.perform(postAs(admin, "/api/v1/directives/extract").header("Origin", "http://localhost")
				.header("Sec-Fetch-Site", "same-origin")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"text\":\"Kế hoạch 17-KH/ĐU\"}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(postAs(admin, "/api/v1/directives/extract").contentType("application/json;charset=UTF-8")
				.content("{\"text\":\"Kế hoạch 17-KH/ĐU\"}"))
			.andExpect(status().isOk());
		// a write without a body needs no content type
		this.mvc.perform(postAs(admin, "/api/v1/dues/payments/999999999/reversal")).andExpect(status().isNotFound());
	}

	@Test
	void a401NeverInvitesTheBrowserToAskForABasicPassword() throws Exception {
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", everyItem(not(containsString("Basic")))));
		this.mvc.perform(get("/api/v1/me").with(httpBasic("nobody-" + UUID.randomUUID(), "x")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().stringValues("WWW-Authenticate", everyItem(not(containsString("Basic")))));
	}

}
