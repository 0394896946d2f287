package vn.dangvu.identity.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.identity.AccountSummary;
import vn.dangvu.identity.Grant;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.text.VietnameseText;

/**
 * Reads of accounts and their grants: the searchable list, one account with its grants,
 * the units a grant may point to. Units and persons are read through {@code unit_ref} and
 * {@code person_ref} (decision 0211).
 */
@Service
@RequiredArgsConstructor
class AccountQueries {

	private final JdbcClient jdbc;

	/** A unit a grant may point to, for the grant form. */
	public record UnitOption(long id, String name, String kind, int depth) {

	}

	@Transactional(readOnly = true)
	public Page<AccountRow> search(String query, int page, int size) {
		String folded = VietnameseText.fold(query);
		String where = folded.isEmpty() ? ""
				: " where lower(unaccent(a.username || ' ' || a.display_name)) like :q escape '\\'";
		long total = this.jdbc.sql("select count(*) from account a" + where)
			.params(folded.isEmpty() ? Map.of() : Map.of("q", VietnameseText.likeContains(folded)))
			.query(Long.class)
			.single();
		List<Long> ids = this.jdbc
			.sql("select a.id from account a" + where + " order by a.username limit :limit offset :offset")
			.params(folded.isEmpty() ? Map.of() : Map.of("q", VietnameseText.likeContains(folded)))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Long.class)
			.list();
		List<AccountRow> rows = new ArrayList<>();
		for (Long id : ids) {
			find(id).ifPresent(rows::add);
		}
		return new PageImpl<>(rows, PageRequest.of(page, size), total);
	}

	@Transactional(readOnly = true)
	public Optional<AccountRow> find(long id) {
		record Row(long id, String username, String displayName, Long personId, String personName, boolean enabled,
				Timestamp lockedUntil, int failedAttempts, Timestamp lastLoginAt, Timestamp createdAt) {
		}
		return this.jdbc
			.sql("select a.id, a.username, a.display_name, a.person_id, p.full_name as person_name, a.enabled, "
					+ "a.locked_until, a.failed_attempts, a.last_login_at, a.created_at "
					+ "from account a left join person_ref p on p.id = a.person_id where a.id = :id")
			.param("id", id)
			.query(Row.class)
			.optional()
			.map((r) -> new AccountRow(r.id(), r.username(), r.displayName(), r.personId(), r.personName(), r.enabled(),
					instant(r.lockedUntil()), r.failedAttempts(), instant(r.lastLoginAt()), instant(r.createdAt()),
					grantViews(r.id())));
	}

	@Transactional(readOnly = true)
	public AccountRow require(long id) {
		return find(id).orElseThrow(() -> NotFoundException.of("account", id));
	}

	@Transactional(readOnly = true)
	public Optional<AccountSummary> findByUsername(String username) {
		return this.jdbc.sql("select id from account where lower(username) = lower(:u)")
			.param("u", username)
			.query(Long.class)
			.optional()
			.flatMap(this::find)
			.map((a) -> new AccountSummary(a.id(), a.username(), a.displayName(), a.personId(), a.enabled(),
					a.grants().stream().map((g) -> new Grant(Role.valueOf(g.role()), g.unitId())).toList()));
	}

	/**
	 * Who holds a role over each of these units: the enabled accounts granted it there,
	 * by the name of their person (the account's display name when it is no one's).
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> holders(Role role, Collection<Long> unitIds) {
		Map<Long, List<String>> holders = new HashMap<>();
		if (unitIds.isEmpty()) {
			return holders;
		}
		this.jdbc.sql("""
				select g.unit_id, coalesce(p.full_name, a.display_name) from account_grant g
				join account a on a.id = g.account_id left join person_ref p on p.id = a.person_id
				where g.role = :role and g.unit_id = any(:units) and a.enabled
				order by g.unit_id, 2""")
			.param("role", role.name())
			.param("units", unitIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.forEach((e) -> holders.computeIfAbsent(e.getKey(), (k) -> new ArrayList<>()).add(e.getValue()));
		return holders;
	}

	/** Open units a grant may point to, in tree order. */
	@Transactional(readOnly = true)
	public List<UnitOption> grantableUnits() {
		return this.jdbc
			.sql("select id, name, kind, depth from unit_ref where closed_on is null or closed_on > current_date "
					+ "order by path limit 5000")
			.query(UnitOption.class)
			.list();
	}

	private List<AccountRow.GrantView> grantViews(long accountId) {
		return this.jdbc
			.sql("select g.role, g.unit_id, u.name as unit_name from account_grant g "
					+ "left join unit_ref u on u.id = g.unit_id where g.account_id = :id order by g.role, u.path")
			.param("id", accountId)
			.query(AccountRow.GrantView.class)
			.list();
	}

	private static Instant instant(Timestamp ts) {
		return (ts != null) ? ts.toInstant() : null;
	}

}
