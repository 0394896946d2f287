package vn.dangvu.platform;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.IntegrationTest;
import vn.dangvu.identity.Grant;
import vn.dangvu.identity.IdentityApi;
import vn.dangvu.identity.NewAccount;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a client sees before signing in: health, the OpenAPI description and Swagger UI
 * are open; a page POST needs its CSRF token; and a browser session does not open the
 * stateless API.
 */
@IntegrationTest
class PlatformSmokeTest {

	private static final String PASSWORD = "smoke-test-Pass-2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Test
	void healthIsUpWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void theOpenApiDescriptionListsTheApiPathsWithoutSigningIn() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.paths.keys()",
					hasItems("/api/v1/units", "/api/v1/units/{id}", "/api/v1/units/{id}/move", "/api/v1/units/merge",
							"/api/v1/people", "/api/v1/people/{id}", "/api/v1/audit")))
			.andExpect(jsonPath("$.paths['/api/v1/units'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}'].patch").exists());
	}

	@Test
	void swaggerUiOpensWithoutSigningIn() throws Exception {
		MvcResult redirect = this.mvc.perform(get("/swagger-ui.html"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(redirect.getResponse().getRedirectedUrl()).contains("/swagger-ui/index.html");
		this.mvc.perform(get("/swagger-ui/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("swagger-ui")));
	}

	@Test
	void aPagePostWithoutCsrfTokenIsRefused() throws Exception {
		SignedIn browser = signIn();
		this.mvc.perform(browser.apply(post("/units/new").param("code", "CSRF-1").param("name", "x")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/units/new").param("code", "CSRF-1").param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theBrowserSessionDoesNotOpenTheApi() throws Exception {
		SignedIn browser = signIn();
		// The session is good for pages ...
		this.mvc.perform(browser.apply(get("/"))).andExpect(status().isOk());
		// ... but the API chain is stateless and asks for a token or Basic credentials.
		this.mvc.perform(browser.apply(get("/api/v1/me")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(browser.apply(get("/api/v1/units")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
	}

	/** A browser after the login form: its session and cookies. */
	record SignedIn(MockHttpSession session, Cookie[] cookies) {

		MockHttpServletRequestBuilder apply(MockHttpServletRequestBuilder request) {
			if (this.session != null) {
				request.session(this.session);
			}
			if (this.cookies.length > 0) {
				request.cookie(this.cookies);
			}
			return request;
		}

	}

	private SignedIn signIn() throws Exception {
		String username = "smoke." + UUID.randomUUID().toString().substring(0, 12);
		this.identity.createAccount(
				new NewAccount(username, "Người Thử Nghiệm", PASSWORD, null, List.of(new Grant(Role.ADMIN, null))));
		MvcResult login = this.mvc
			.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return new SignedIn((MockHttpSession) login.getRequest().getSession(false), login.getResponse().getCookies());
	}

}
