package vn.dangvu.people;

import java.time.LocalDate;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.people.record.PersonLookups;

/**
 * The people module's public face: counts for dashboards and person look-ups, scoped. It
 * only delegates (decision 0200).
 */
@Service
@RequiredArgsConstructor
public class PeopleApi {

	private final PersonLookups lookups;

	/**
	 * The facts membership rules need, for a person the current caller may see (empty
	 * when absent or out of scope).
	 */
	public Optional<PersonProfile> profile(long id) {
		return this.lookups.profile(id);
	}

	/**
	 * The same facts without a scope check, for work that runs without a caller (jobs,
	 * statistics already scoped by unit).
	 */
	public PersonProfile profileUnscoped(long id) {
		return this.lookups.profileUnscoped(id);
	}

	/**
	 * Records that a person's Party cell, union unit or youth branch changed (null =
	 * left), from a date; keeps the person record, its affiliation history, scope and
	 * audit in step. The membership module calls it inside its own transaction after its
	 * checks.
	 */
	public void changeMembershipUnit(long personId, MembershipKind kind, Long unitId, LocalDate effectiveOn,
			String reason) {
		this.lookups.changeMembershipUnit(personId, kind, unitId, effectiveOn, reason);
	}

	/** Persons with any unit in the scope, by kind of membership. */
	public PeopleCounts countPeople(UnitScope scope) {
		return this.lookups.countPeople(scope);
	}

	/** A person the current caller may see (empty when absent or out of scope). */
	public Optional<PersonSummary> find(long id) {
		return this.lookups.find(id);
	}

}
