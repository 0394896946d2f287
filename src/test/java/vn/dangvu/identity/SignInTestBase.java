package vn.dangvu.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the sign-in, session, cross-site and account page tests share: fresh accounts with
 * one known password, and the sign-in form's request.
 */
abstract class SignInTestBase {

	static final String PASSWORD = "correct-horse-1";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	/** An account created for one test. */
	record Account(long id, String username) {
	}

	/** A new account named {@code prefix} + a random part, with the {@link #PASSWORD}. */
	Account account(String prefix, String fullName, Grant grant) {
		String username = prefix + UUID.randomUUID().toString().substring(0, 12);
		long id = this.identity.createAccount(new NewAccount(username, fullName, PASSWORD, null, List.of(grant)));
		return new Account(id, username);
	}

	/** The username of a new administrator account. */
	String admin(String prefix, String fullName) {
		return account(prefix, fullName, new Grant(Role.ADMIN, null)).username();
	}

	/** A new administrator account as a signed-in caller. */
	Caller adminCaller(String prefix, String fullName) {
		Account account = account(prefix, fullName, new Grant(Role.ADMIN, null));
		return new Caller(account.id(), account.username(), fullName, Set.of(Role.ADMIN), Set.of(), null);
	}

	/** The sign-in form sent with its CSRF token. */
	static MockHttpServletRequestBuilder login(String username, String password) {
		return post("/login").param("username", username).param("password", password).with(csrf());
	}

}
