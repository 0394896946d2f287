package vn.dangvu.identity;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dangvu.IntegrationTest;
import vn.dangvu.TestCallers;
import vn.dangvu.identity.account.Accounts;
import vn.dangvu.platform.security.Role;
import vn.dangvu.testkit.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disabling an account, changing its grants or resetting its password ends its open web
 * sessions at once (issue 9, item 12).
 */
@IntegrationTest
class AccountSessionsIntegrationTest extends SignInTestBase {

	@Autowired
	Accounts accounts;

	private Account newAccount(Grant grant) {
		return account("ses.", "Người Thử Phiên", grant);
	}

	private Cookie signIn(String username) throws Exception {
		Cookie cookie = this.mvc.perform(login(username, PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		this.mvc.perform(get("/tokens").cookie(cookie)).andExpect(status().isOk());
		return cookie;
	}

	private long sessionsOf(String username) {
		return Rows.one(this.jdbc, Long.class, "select count(*) from spring_session where principal_name = :id",
				username);
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() throws Exception {
		Account account = newAccount(new Grant(Role.ADMIN, null));
		Cookie first = signIn(account.username());
		Cookie second = signIn(account.username());
		assertThat(sessionsOf(account.username())).isEqualTo(2);

		this.accounts.setEnabled(account.id(), false, TestCallers.admin());

		assertThat(sessionsOf(account.username())).isZero();
		this.mvc.perform(get("/tokens").cookie(first)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/tokens").cookie(second)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changingTheGrantsEndsTheSessionsButRenamingDoesNot() throws Exception {
		Account account = newAccount(new Grant(Role.ADMIN, null));
		Cookie cookie = signIn(account.username());

		this.accounts.update(account.id(), "Tên Mới", null, List.of(new Grant(Role.ADMIN, null)));
		this.mvc.perform(get("/tokens").cookie(cookie)).andExpect(status().isOk());

		long unit = this.jdbc.sql("select id from org_unit where kind = 'CELL' order by id limit 1")
			.query(Long.class)
			.single();
		this.accounts.update(account.id(), "Tên Mới", null, List.of(new Grant(Role.CELL_SECRETARY, unit)));
		this.mvc.perform(get("/tokens").cookie(cookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void resettingThePasswordEndsTheSessions() throws Exception {
		Account account = newAccount(new Grant(Role.ADMIN, null));
		Cookie cookie = signIn(account.username());
		this.accounts.resetPassword(account.id());
		this.mvc.perform(get("/tokens").cookie(cookie)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anAdministratorChangingTheirOwnGrantsIsSignedOutCleanly() throws Exception {
		Account self = newAccount(new Grant(Role.ADMIN, null));
		Cookie cookie = signIn(self.username());
		long unit = this.jdbc.sql("select id from org_unit where kind = 'CELL' order by id limit 1")
			.query(Long.class)
			.single();
		this.mvc
			.perform(post("/accounts/" + self.id()).cookie(cookie)
				.with(csrf())
				.param("displayName", "Người Thử Phiên")
				.param("grants[0].role", "ADMIN")
				.param("grants[1].role", "CELL_SECRETARY")
				.param("grants[1].unitId", String.valueOf(unit)))
			.andExpect(redirectedUrl("/accounts/" + self.id()));
		assertThat(sessionsOf(self.username())).isZero();
		this.mvc.perform(get("/tokens").cookie(cookie)).andExpect(redirectedUrl("/login"));
	}

}
