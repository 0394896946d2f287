package vn.dangvu.directive.registry;

import java.util.List;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * The words and year of a registry search as typed, checked the same way on the list page
 * and in the API: the API answers the first problem as 422, the page shows the same
 * message above its results and searches with what is usable (the words cut to their
 * limit, no year).
 */
record SearchInput(String q, Long year) {

	static final int Q_MAX = 200;

	static final int YEAR_MIN = 1930;

	static final int YEAR_MAX = 2100;

	/** The problems of this input, in the order the fields are shown. */
	List<RuleViolationException> problems() {
		List<RuleViolationException> problems = new java.util.ArrayList<>();
		if (this.q != null && this.q.length() > Q_MAX) {
			problems.add(RuleViolationException.onField("q", "directive.search.tooLong"));
		}
		if (this.year != null && (this.year < YEAR_MIN || this.year > YEAR_MAX)) {
			problems.add(RuleViolationException.onField("year", "directive.search.yearInvalid"));
		}
		return problems;
	}

	/** Throws the first problem (the API's answer). */
	SearchInput checked() {
		List<RuleViolationException> problems = problems();
		if (!problems.isEmpty()) {
			throw problems.get(0);
		}
		return this;
	}

	/** The words to search for: at most {@link #Q_MAX} characters. */
	String usableQ() {
		return (this.q != null && this.q.length() > Q_MAX) ? this.q.substring(0, Q_MAX) : this.q;
	}

	/** The year to filter on, or none when it is out of range. */
	Integer usableYear() {
		return (this.year == null || this.year < YEAR_MIN || this.year > YEAR_MAX) ? null : this.year.intValue();
	}

}
