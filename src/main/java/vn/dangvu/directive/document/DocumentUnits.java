package vn.dangvu.directive.document;

import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitScope;

/**
 * The Party units a caller may write documents for: within scope, open, of a Party kind.
 */
@Component
@RequiredArgsConstructor
class DocumentUnits {

	static final String PARTY_KINDS = "('BLOC_COMMITTEE', 'GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE', 'CELL')";

	record Unit(long id, String code, String kind, String name, String parentName, String path) {

		boolean isCell() {
			return "CELL".equals(this.kind);
		}

	}

	private static final String SELECT = """
			select u.id, u.code, u.kind, u.name, p.name as parent_name, u.path
			from unit_ref u left join unit_ref p on p.id = u.parent_id
			where u.kind in %s and u.closed_on is null
			  and %s
			""".formatted(PARTY_KINDS, UnitScope.condition("u"));

	private final JdbcClient jdbc;

	List<Unit> all(UnitScope scope) {
		return this.jdbc.sql(SELECT + " order by u.path limit 500").params(scope.params()).query(Unit.class).list();
	}

	Optional<Unit> find(long id, UnitScope scope) {
		return this.jdbc.sql(SELECT + " and u.id = :id")
			.params(scope.params())
			.param("id", id)
			.query(Unit.class)
			.optional();
	}

}
