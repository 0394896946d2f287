package vn.dangvu.people.record;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.dangvu.people.scope.PersonScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.text.VietnameseText;

/**
 * The people list's filter and order as SQL, on {@code person p} or on the
 * {@code person_scope s} read model (decision 0070).
 */
final class PersonListSql {

	private PersonListSql() {
	}

	/**
	 * The filter as SQL.
	 *
	 * @param scopeRows the condition on {@code person_scope s} (paths and filters), or
	 * null when the person table is read directly (an administrator without a unit
	 * filter, or a plain member's own record)
	 * @param personOnly the conditions on {@code person p} when it is read directly
	 * (self, kind, ages, name); empty otherwise, since person_scope carries them
	 */
	record Where(String scopeRows, List<String> personOnly) {

		/** The whole filter on {@code person p}. */
		String onPerson() {
			List<String> all = new ArrayList<>(this.personOnly);
			if (this.scopeRows != null) {
				all.add("p.id in (select s.person_id from person_scope s where " + this.scopeRows + ")");
			}
			return all.isEmpty() ? "true" : String.join(" and ", all);
		}

	}

	static Where where(PersonScope scope, PersonFilter f, Map<String, Object> params, PeopleUnits units,
			LocalDate today) {
		List<String> person = new ArrayList<>();
		List<String> patterns = null;
		if (f.unit() != null) {
			UnitRef unit = units.find(f.unit())
				.filter((u) -> scope.covers(u.path()))
				.orElseThrow(() -> new NotFoundException("person.unit.notVisible", f.unit()));
			// the unit is inside the caller's scope, so whatever is under it is too
			patterns = List.of(unit.path() + "%");
		}
		else if (scope.selfOnly()) {
			person.add(scope.condition());
			scope.bind(params);
		}
		else if (!scope.units().all()) {
			patterns = List.of(scope.units().patterns());
		}
		String folded = f.q() == null ? "" : VietnameseText.fold(f.q());
		String scopeRows = null;
		if (patterns != null) {
			scopeRows = PersonScope.pathsCondition("s", patterns, hasTrigram(folded), params);
		}
		// person_scope carries memberships, birth date and search text: filter there when
		// it is read
		boolean onRows = scopeRows != null;
		List<String> filters = onRows ? new ArrayList<>() : person;
		String alias = onRows ? "s" : "p";
		if (f.kind() != null) {
			filters.add(onRows ? f.kind().scopeCondition : f.kind().condition);
		}
		if (f.minAge() != null) {
			filters.add(alias + ".birth_date <= :bornBy");
			params.put("bornBy", today.minusYears(f.minAge()));
		}
		if (f.maxAge() != null) {
			filters.add(alias + ".birth_date > :bornAfter");
			params.put("bornAfter", today.minusYears(f.maxAge() + 1L));
		}
		if (!folded.isEmpty()) {
			filters.add(alias + ".search_text like :pattern");
			params.put("pattern", VietnameseText.likeContains(folded));
		}
		if (onRows) {
			for (String filter : filters) {
				scopeRows += " and " + filter;
			}
		}
		return new Where(scopeRows, person);
	}

	/**
	 * Whether a folded name fragment holds a trigram of its own (three letters or digits
	 * in a row), so that the trigram index narrows it down (decision 0281).
	 */
	static boolean hasTrigram(String folded) {
		int run = 0;
		for (int i = 0; i < folded.length(); i++) {
			run = Character.isLetterOrDigit(folded.charAt(i)) ? run + 1 : 0;
			if (run >= 3) {
				return true;
			}
		}
		return false;
	}

	/** The list order on person_scope rows (same columns, same values per person). */
	static String scopeOrder(PersonFilter f, String alias) {
		return orderBy(f).replace(" order by ", "").replace("p.id", alias + ".person_id").replace("p.", alias + ".");
	}

	static String orderBy(PersonFilter f) {
		String sort = f.sort() == null ? PersonFilter.SORT_NAME : f.sort();
		return switch (sort) {
			case "birthDate" -> " order by p.birth_date, p.sort_key, p.id";
			case "-birthDate" -> " order by p.birth_date desc, p.sort_key, p.id";
			case PersonFilter.SORT_NAME -> " order by p.sort_key, p.id";
			default -> throw RuleViolationException.onField("sort", "person.sort.invalid", sort);
		};
	}

}
