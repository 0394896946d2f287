package vn.dangvu.people.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.dangvu.platform.policy.Verdict;

/**
 * The list's query parameters as typed in a URL, checked one by one so that a wrong value
 * is a per-field error and never a failure.
 */
record ListQuery(PersonFilter filter, int page, int size, List<Verdict> violations) {

	static final Set<String> SORTS = Set.of("name", "birthDate", "-birthDate");

	public static ListQuery parse(String q, String unit, String kind, String minAge, String maxAge, String page,
			String size, String sort) {
		List<Verdict> v = new ArrayList<>();
		Long unitId = number(unit, "unit", 1, Long.MAX_VALUE, v);
		Belonging membership = null;
		if (kind != null && !kind.isBlank()) {
			try {
				membership = Belonging.valueOf(kind.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				v.add(Verdict.reject("person.kind.unknown", kind).on("kind"));
			}
		}
		Long min = number(minAge, "minAge", 0, 150, v);
		Long max = number(maxAge, "maxAge", 0, 150, v);
		if (min != null && max != null && min > max) {
			v.add(Verdict.reject("person.ageRange.invalid").on("maxAge"));
		}
		Long p = number(page, "page", 0, 1_000_000, v);
		Long s = number(size, "size", 1, PersonReads.MAX_SIZE, v);
		String order = (sort == null || sort.isBlank()) ? PersonFilter.SORT_NAME : sort.strip();
		if (!SORTS.contains(order)) {
			v.add(Verdict.reject("person.sort.invalid", sort).on("sort"));
			order = PersonFilter.SORT_NAME;
		}
		PersonFilter filter = new PersonFilter(q == null || q.isBlank() ? null : q.strip(), unitId, membership,
				min == null ? null : min.intValue(), max == null ? null : max.intValue(), order);
		return new ListQuery(filter, p == null ? 0 : p.intValue(), s == null ? PersonReads.DEFAULT_SIZE : s.intValue(),
				v);
	}

	private static Long number(String text, String field, long min, long max, List<Verdict> v) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			long n = Long.parseLong(text.strip());
			if (n >= min && n <= max) {
				return n;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		v.add(Verdict.reject("person.param.range", text, min, max).on(field));
		return null;
	}

}
