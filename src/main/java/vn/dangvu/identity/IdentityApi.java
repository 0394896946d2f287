package vn.dangvu.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.identity.account.Accounts;
import vn.dangvu.platform.security.Role;

/** What other modules (the demo loader, people) may ask of the identity module. */
@Service
@RequiredArgsConstructor
public class IdentityApi {

	private final Accounts accounts;

	/**
	 * Opens an account after checking the username, password length and grants; audited.
	 * @return the new account's id
	 * @throws vn.dangvu.platform.error.RuleViolationException when a rule is broken
	 */
	@Transactional
	public long createAccount(NewAccount cmd) {
		return this.accounts.create(cmd).id();
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return this.accounts.findByUsername(username);
	}

	/**
	 * Who holds a role over each of these units (a cell's secretary): the names of the
	 * enabled accounts granted it there; a unit nobody holds it over is left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> holders(Role role, Collection<Long> unitIds) {
		return this.accounts.holders(role, unitIds);
	}

}
