package vn.dangvu.platform.session;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.dangvu.IntegrationTest;
import vn.dangvu.SqlStatements;
import vn.dangvu.identity.Grant;
import vn.dangvu.identity.IdentityApi;
import vn.dangvu.identity.NewAccount;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in page costs one read of the session, not a read, a write and a second read
 * (decision 0278); the last access is still written once it is a minute old, a changed
 * session is still saved, and the timeout and sign-out still end a session.
 */
@IntegrationTest
class QuietSessionsIntegrationTest {

	private static final String PASSWORD = "correct-horse-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	private String username;

	private Cookie cookie;

	@BeforeEach
	void signIn() throws Exception {
		this.username = "quiet." + UUID.randomUUID().toString().substring(0, 12);
		this.identity.createAccount(
				new NewAccount(this.username, "Người Thử Phiên", PASSWORD, null, List.of(new Grant(Role.ADMIN, null))));
		this.cookie = this.mvc
			.perform(post("/login").param("username", this.username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(this.cookie).isNotNull();
		this.mvc.perform(get("/tokens").cookie(this.cookie)).andExpect(status().isOk());
	}

	private long lastAccess() {
		return this.jdbc.sql("select last_access_time from spring_session where principal_name = :u")
			.param("u", this.username)
			.query(Long.class)
			.single();
	}

	private List<String> sessionStatements() throws Exception {
		return SqlStatements
			.during(() -> this.mvc.perform(get("/tokens").cookie(this.cookie)).andExpect(status().isOk()))
			.statements()
			.stream()
			.filter((s) -> s.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION"))
			.toList();
	}

	@Test
	void aPageReadsTheSessionOnceAndWritesNothing() throws Exception {
		long before = lastAccess();
		List<String> statements = sessionStatements();
		assertThat(statements).as("statements on spring_session").hasSize(1);
		assertThat(statements.get(0)).containsIgnoringCase("select");
		assertThat(lastAccess()).isEqualTo(before);
	}

	@Test
	void theLastAccessIsWrittenOnceItIsAMinuteOld() throws Exception {
		this.jdbc.sql(
				"update spring_session set last_access_time = last_access_time - 61000, expiry_time = expiry_time - 61000"
						+ " where principal_name = :u")
			.param("u", this.username)
			.update();
		long aged = lastAccess();
		List<String> statements = sessionStatements();
		assertThat(statements)
			.anyMatch((s) -> s.toUpperCase(java.util.Locale.ROOT).startsWith("EXECUTING PREPARED SQL UPDATE")
					|| s.toUpperCase(java.util.Locale.ROOT).contains("UPDATE SPRING_SESSION"));
		assertThat(lastAccess()).isGreaterThan(aged + 60_000);
		long expiry = this.jdbc.sql("select expiry_time from spring_session where principal_name = :u")
			.param("u", this.username)
			.query(Long.class)
			.single();
		assertThat(expiry).isEqualTo(lastAccess() + 30 * 60 * 1000L);
	}

	@Test
	void anIdleSessionStillEndsAfterItsTimeout() throws Exception {
		this.jdbc
			.sql("update spring_session set last_access_time = last_access_time - 1860000,"
					+ " expiry_time = expiry_time - 1860000 where principal_name = :u")
			.param("u", this.username)
			.update();
		this.mvc.perform(get("/tokens").cookie(this.cookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signingOutEndsTheSessionAndTheNextRequestIsAStranger() throws Exception {
		this.mvc.perform(post("/logout").cookie(this.cookie).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = :u")
			.param("u", this.username)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/tokens").cookie(this.cookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aSessionChangedByTheRequestIsStillSavedAndReadByTheNext() throws Exception {
		// a created token is shown once, on the next page, from the session's flash map
		this.mvc.perform(post("/tokens").param("name", "phien-yen-lang").cookie(this.cookie).with(csrf()))
			.andExpect(redirectedUrl("/tokens"));
		this.mvc.perform(get("/tokens").cookie(this.cookie))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).contains("id=\"new-token-value\""));
		// and only once: the next page's removal of it was saved too
		this.mvc.perform(get("/tokens").cookie(this.cookie))
			.andExpect(status().isOk())
			.andExpect((r) -> assertThat(r.getResponse().getContentAsString()).doesNotContain("new-token-value"));
	}

}
