package vn.dangvu.identity;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dangvu.IntegrationTest;
import vn.dangvu.identity.account.Accounts;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LastAdministratorIntegrationTest {

	@Autowired
	Accounts accounts;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void theLastEnabledAdministratorCannotBeDisabledNorLoseTheRole() {
		long id = this.identity.createAccount(new NewAccount("last." + UUID.randomUUID().toString().substring(0, 8),
				"Quản trị", "mat-khau-123", null, List.of(new Grant(Role.ADMIN, null))));
		// Inside a rolled-back transaction: every other administrator disabled.
		this.tx.executeWithoutResult((status) -> {
			this.jdbc.sql("update account set enabled = false where id <> :id").param("id", id).update();
			assertThatThrownBy(() -> this.accounts.setEnabled(id, false,
					new Caller(-1, "admin", "Quản trị", Set.of(Role.ADMIN), Set.of(), null)))
				.isInstanceOf(RuleViolationException.class)
				.hasMessage("account.admin.last");
			assertThatThrownBy(() -> this.accounts.update(id, "Quản trị", null, List.of()))
				.hasMessage("account.grant.none");
			status.setRollbackOnly();
		});
	}

}
