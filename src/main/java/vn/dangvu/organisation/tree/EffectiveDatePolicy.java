package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.time.PageDates;

/**
 * A change takes effect no earlier than the unit's establishment and its latest recorded
 * change (so that the history stays a chain), and no later than a year from today.
 */
final class EffectiveDatePolicy {

	static final String FIELD = "effectiveDate";

	private EffectiveDatePolicy() {
	}

	public static Verdict check(LocalDate date, LocalDate establishedOn, LocalDate latestChange, LocalDate today) {
		if (date.isAfter(today.plusYears(1))) {
			return Verdict.reject("unit.date.tooFarAhead", PageDates.format(today.plusYears(1)));
		}
		if (establishedOn != null && date.isBefore(establishedOn)) {
			return Verdict.reject("unit.date.beforeEstablished", PageDates.format(establishedOn));
		}
		if (latestChange != null && date.isBefore(latestChange)) {
			return Verdict.reject("unit.date.beforeLatestChange", PageDates.format(latestChange));
		}
		return Verdict.ok();
	}

	/**
	 * A unit cannot be established, or placed under a parent, before the parent exists.
	 */
	public static Verdict checkAgainstParent(LocalDate date, LocalDate parentEstablishedOn) {
		if (parentEstablishedOn != null && date.isBefore(parentEstablishedOn)) {
			return Verdict.reject("unit.date.beforeParentEstablished", PageDates.format(parentEstablishedOn));
		}
		return Verdict.ok();
	}

}
