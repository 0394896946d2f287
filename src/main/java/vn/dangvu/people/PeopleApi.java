package vn.dangvu.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.domain.PersonScope;
import vn.dangvu.people.domain.PersonService;
import vn.dangvu.platform.security.CurrentCaller;

/** The people module's public face: counts for dashboards and person look-ups, scoped. */
@Service
public class PeopleApi {

	/** Youth Union members leave on passing this age. */
	static final int YOUTH_AGE_LIMIT = 30;

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	PeopleApi(JdbcClient jdbc, UnitScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	/** Persons with any unit in the scope, by kind of membership. */
	@Transactional(readOnly = true)
	public PeopleCounts countPeople(UnitScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("overAge", PersonService.today().minusYears(YOUTH_AGE_LIMIT + 1L));
		String sql;
		if (scope.all()) {
			sql = """
					select count(*), count(p.party_unit_id), count(p.union_unit_id), count(p.youth_unit_id),
					  count(*) filter (where p.youth_unit_id is not null and p.birth_date <= :overAge)
					from person p""";
		}
		else {
			// person_scope carries the memberships: one range scan of its covering path
			// index,
			// one row per person after the dedupe (decision 0070)
			List<String> patterns = List.of(scope.patterns());
			PersonScope.bindPaths(patterns, params);
			sql = """
					select count(*), count(*) filter (where s.party_member), count(*) filter (where s.union_member),
					  count(*) filter (where s.youth_member),
					  count(*) filter (where s.youth_member and s.birth_date <= :overAge)
					from (select distinct on (s.person_id) s.person_id, s.party_member, s.union_member, s.youth_member,
					  s.birth_date from person_scope s where %s order by s.person_id) s"""
				.formatted(PersonScope.pathsCondition("s", patterns));
		}
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new PeopleCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5)))
			.single();
	}

	/** A person the current caller may see (empty when absent or out of scope). */
	@Transactional(readOnly = true)
	public Optional<PersonSummary> find(long id) {
		var caller = CurrentCaller.require();
		PersonScope scope = PersonScope.of(caller, this.scopes.of(caller));
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		scope.bind(params);
		return this.jdbc
			.sql("select p.id, p.full_name, p.birth_date, p.sex, p.work_unit_id, p.party_unit_id "
					+ "from person p where p.id = :id and " + scope.condition())
			.params(params)
			.query((rs, n) -> new PersonSummary(rs.getLong(1), rs.getString(2),
					rs.getObject(3, java.time.LocalDate.class), Sex.valueOf(rs.getString(4)),
					rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
			.optional();
	}

}
