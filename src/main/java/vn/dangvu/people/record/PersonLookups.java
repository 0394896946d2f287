package vn.dangvu.people.record;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.people.MembershipKind;
import vn.dangvu.people.PeopleCounts;
import vn.dangvu.people.PersonProfile;
import vn.dangvu.people.PersonSummary;
import vn.dangvu.people.Sex;
import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The reads and the one write behind {@link vn.dangvu.people.PeopleApi}: person look-ups
 * and counts for other modules, scoped.
 */
@Service
@RequiredArgsConstructor
public class PersonLookups {

	/** Youth Union members leave on passing this age. */
	public static final int YOUTH_AGE_LIMIT = 30;

	private final JdbcClient jdbc;

	private final UnitScopes scopes;

	private final PersonService persons;

	private final Clock clock;

	/**
	 * The facts membership rules need, for a person the current caller may see (empty
	 * when absent or out of scope).
	 */
	@Transactional(readOnly = true)
	public Optional<PersonProfile> profile(long id) {
		if (find(id).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(profileUnscoped(id));
	}

	/**
	 * The same facts without a scope check, for work that runs without a caller (jobs,
	 * statistics already scoped by unit).
	 */
	@Transactional(readOnly = true)
	public PersonProfile profileUnscoped(long id) {
		return this.jdbc.sql("""
				select id, full_name, birth_date, sex, cccd, general_education, job_title, work_unit_id,
				  party_unit_id, union_unit_id, youth_unit_id from person where id = :id""")
			.param("id", id)
			.query((rs, n) -> new PersonProfile(rs.getLong(1), rs.getString(2),
					rs.getObject(3, java.time.LocalDate.class), Sex.valueOf(rs.getString(4)), rs.getString(5),
					rs.getString(6), rs.getString(7), rs.getObject(8, Long.class), rs.getObject(9, Long.class),
					rs.getObject(10, Long.class), rs.getObject(11, Long.class)))
			.optional()
			.orElseThrow(() -> vn.dangvu.platform.error.NotFoundException.of("person", id));
	}

	/**
	 * Records that a person's Party cell, union unit or youth branch changed (null =
	 * left), from a date; keeps the person record, its affiliation history, scope and
	 * audit in step. The membership module calls it inside its own transaction after its
	 * checks.
	 */
	@Transactional
	public void changeMembershipUnit(long personId, MembershipKind kind, Long unitId, java.time.LocalDate effectiveOn,
			String reason) {
		this.persons.changeMembershipUnit(personId, AffiliationKind.valueOf(kind.name()), unitId, effectiveOn, reason);
	}

	/** Persons with any unit in the scope, by kind of membership. */
	@Transactional(readOnly = true)
	public PeopleCounts countPeople(UnitScope scope) {
		Map<String, Object> params = new HashMap<>();
		params.put("overAge", VietnamTime.today(this.clock).minusYears(YOUTH_AGE_LIMIT + 1L));
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
