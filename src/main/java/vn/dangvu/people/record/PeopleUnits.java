package vn.dangvu.people.record;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;

/** Reads units for the people module: by id or code, and the choices for a unit field. */
@Component
@RequiredArgsConstructor
public class PeopleUnits {

	private static final String COLUMNS = "select id, code, kind, name, path, closed_on from unit_ref u ";

	private final JdbcClient jdbc;

	@Transactional(readOnly = true)
	public Optional<UnitRef> find(long id) {
		return this.jdbc.sql(COLUMNS + "where id = :id").param("id", id).query(UnitRef.class).optional();
	}

	@Transactional(readOnly = true)
	public Optional<UnitRef> findByCode(String code) {
		return this.jdbc.sql(COLUMNS + "where lower(code) = lower(:code)")
			.param("code", code.strip())
			.query(UnitRef.class)
			.optional();
	}

	/**
	 * Open units of the given kinds (all kinds when empty) within the scope, in tree
	 * order.
	 */
	@Transactional(readOnly = true)
	public List<UnitRef> choices(UnitScope scope, Collection<String> kinds, LocalDate today) {
		return this.jdbc
			.sql(COLUMNS + "where (closed_on is null or closed_on > :today)"
					+ " and (:anyKind or kind = any(:kinds)) and " + UnitScope.condition("u")
					+ " order by path limit 5000")
			.param("today", today)
			.param("anyKind", kinds.isEmpty())
			.param("kinds", kinds.toArray(String[]::new))
			.params(scope.params())
			.query(UnitRef.class)
			.list();
	}

}
