package vn.dangvu.identity.signin;

import java.sql.Timestamp;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/** Builds the principal of an account from {@code account} and its grants. */
@Service
@RequiredArgsConstructor
public class AccountPrincipals implements UserDetailsService {

	private final JdbcClient jdbc;

	@Override
	@Transactional(readOnly = true)
	public AccountPrincipal loadUserByUsername(String username) {
		return load("lower(username) = lower(:key)", username)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Transactional(readOnly = true)
	public Optional<AccountPrincipal> byId(long accountId) {
		return load("id = :key", accountId);
	}

	private Optional<AccountPrincipal> load(String where, Object key) {
		record Row(long id, String username, String displayName, String passwordHash, Long personId, boolean enabled,
				Timestamp lockedUntil) {
		}
		Optional<Row> row = this.jdbc.sql(
				"select id, username, display_name, password_hash, person_id, enabled, locked_until from account where "
						+ where)
			.param("key", key)
			.query(Row.class)
			.optional();
		return row.map((r) -> {
			Set<Role> roles = new HashSet<>();
			Set<Long> units = new HashSet<>();
			this.jdbc.sql("select role, unit_id from account_grant where account_id = :id")
				.param("id", r.id())
				.query((rs, n) -> {
					roles.add(Role.valueOf(rs.getString("role")));
					long unit = rs.getLong("unit_id");
					if (!rs.wasNull()) {
						units.add(unit);
					}
					return null;
				})
				.list();
			Caller caller = new Caller(r.id(), r.username(), r.displayName(), roles, units, r.personId());
			return new AccountPrincipal(caller, r.passwordHash(), r.enabled(),
					(r.lockedUntil() != null) ? r.lockedUntil().toInstant() : null);
		});
	}

}
