package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A change takes effect no earlier than the unit's establishment and its latest recorded
 * change (so that the history stays a chain), and no later than a year from today.
 */
final class EffectiveDatePolicy {

	static final String FIELD = "effectiveDate";

	private EffectiveDatePolicy() {
	}

	public static Optional<Rejection> check(LocalDate date, LocalDate establishedOn, LocalDate latestChange,
			LocalDate today) {
		return check(FIELD, date, establishedOn, latestChange, today);
	}

	public static Optional<Rejection> check(String field, LocalDate date, LocalDate establishedOn,
			LocalDate latestChange, LocalDate today) {
		if (date.isAfter(today.plusYears(1))) {
			return Rejection.of(field, "unit.date.tooFarAhead", Rejection.day(today.plusYears(1)));
		}
		if (establishedOn != null && date.isBefore(establishedOn)) {
			return Rejection.of(field, "unit.date.beforeEstablished", Rejection.day(establishedOn));
		}
		if (latestChange != null && date.isBefore(latestChange)) {
			return Rejection.of(field, "unit.date.beforeLatestChange", Rejection.day(latestChange));
		}
		return Optional.empty();
	}

	/**
	 * A unit cannot be established, or placed under a parent, before the parent exists.
	 */
	public static Optional<Rejection> checkAgainstParent(String field, LocalDate date, LocalDate parentEstablishedOn) {
		if (parentEstablishedOn != null && date.isBefore(parentEstablishedOn)) {
			return Rejection.of(field, "unit.date.beforeParentEstablished", Rejection.day(parentEstablishedOn));
		}
		return Optional.empty();
	}

}
