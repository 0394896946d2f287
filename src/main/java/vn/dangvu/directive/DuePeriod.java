package vn.dangvu.directive;

import java.time.LocalDate;

/**
 * When an action is due: a date, or a number of calendar days, or of working days
 * (holiday calendar of the rules module) from the day of the assignment. Exactly one is
 * given.
 */
public record DuePeriod(LocalDate dueOn, Integer days, Integer workingDays) {

	public static DuePeriod on(LocalDate date) {
		return new DuePeriod(date, null, null);
	}

	public static DuePeriod calendarDays(int n) {
		return new DuePeriod(null, n, null);
	}

	public static DuePeriod workingDays(int n) {
		return new DuePeriod(null, null, n);
	}

}
