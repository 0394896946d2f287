package vn.dangvu.identity;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.identity.token.ApiTokens;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.dangvu.testkit.FormRequests.postForm;
import static vn.dangvu.testkit.PageText.bodyContains;

@IntegrationTest
class SignInIntegrationTest extends SignInTestBase {

	@Autowired
	ApiTokens tokens;

	@Autowired
	MessageSource messages;

	private String newAccount() {
		return admin("it.", "Người Thử Nghiệm");
	}

	@Test
	void formLoginWithTheRightPasswordSignsInAndRecordsTheLogin() throws Exception {
		String username = newAccount();
		this.mvc.perform(login(username, PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/"))
			.andExpect(authenticated().withUsername(username).withRoles("ADMIN"));
		assertThat(Rows.one(this.jdbc, Boolean.class,
				"select last_login_at is not null from account where username = :id", username))
			.isTrue();
	}

	@Test
	void formLoginWithAWrongPasswordFailsWithoutSayingWhy() throws Exception {
		String username = newAccount();
		this.mvc.perform(login(username, "wrong-pass"))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(login("nobody-" + UUID.randomUUID(), "x")).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void logoutIsAPostWithCsrfAndReturnsToTheLoginPage() throws Exception {
		this.mvc.perform(postForm(TestCallers.admin(), "/logout")).andExpect(redirectedUrl("/login?logout"));
		this.mvc.perform(get("/login").param("logout", ""))
			.andExpect(content().string(containsString("Bạn đã đăng xuất")));
	}

	@Test
	void formLoginWithoutCsrfTokenIsRefused() throws Exception {
		String username = newAccount();
		this.mvc.perform(post("/login").param("username", username).param("password", PASSWORD))
			.andExpect(status().isForbidden())
			.andExpect(unauthenticated());
	}

	@Test
	void loginPageShowsDemoAccountsInDemoMode() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(bodyContains("Tài khoản dùng thử", "bithu.cautreo", "demo123"));
	}

	@Test
	void apiWithoutCredentialsAnswers401ProblemJsonInVietnamese() throws Exception {
		String detail = this.messages.getMessage("error.unauthorized", null, Locale.forLanguageTag("vi"));
		this.mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(detail))
			.andExpect(header().stringValues("WWW-Authenticate", hasItem(containsString("Bearer"))))
			.andExpect(header().doesNotExist("Set-Cookie"));
		assertThat(detail).startsWith("Cần đăng nhập");
	}

	@Test
	void httpBasicSignsInToTheApiWithoutASession() throws Exception {
		String username = newAccount();
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andExpect(header().doesNotExist("Set-Cookie"))
			.andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());
		this.mvc.perform(get("/api/v1/me").with(httpBasic(username, "not-the-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void bearerTokenWorksUntilRevoked() throws Exception {
		String username = newAccount();
		Caller owner = callerOf(username);
		ApiTokens.NewToken token = this.tokens.create(owner, "thử", 30);
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username));
		assertThat(this.jdbc.sql("select last_used_at is not null from api_token where id = :id")
			.param("id", token.id())
			.query(Boolean.class)
			.single()).isTrue();
		this.tokens.revoke(owner, token.id());
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer dv_" + "x".repeat(43)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void tokenOfADisabledAccountIsRefused() throws Exception {
		String username = newAccount();
		ApiTokens.NewToken token = this.tokens.create(callerOf(username), "thử", null);
		this.jdbc.sql("update account set enabled = false where username = :u").param("u", username).update();
		this.mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.secret()))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void healthAndLoginPageArePublicOtherPagesRedirectToLogin() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		this.mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
		this.mvc.perform(get("/tokens")).andExpect(status().is3xxRedirection());
	}

	private Caller callerOf(String username) {
		long id = this.identity.findByUsername(username).orElseThrow().id();
		return new Caller(id, username, "Người Thử Nghiệm", Set.of(Role.ADMIN), Set.of(), null);
	}

}
