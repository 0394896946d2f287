package vn.dangvu.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * The working days of a span of years: Monday to Friday, less public holidays, plus
 * make-up days. Built by {@link RulesApi#calendar(int, int)} for work over many dates;
 * for one deadline use {@link RulesApi#addWorkingDays(LocalDate, int)}.
 */
public final class WorkingDayCalendar {

	private final int firstYear;

	private final int lastYear;

	private final Map<LocalDate, Boolean> exceptions;

	private final Set<Integer> enteredYears;

	/**
	 * @param exceptions day → true for a make-up working day, false for a holiday
	 * @param enteredYears the years whose holidays have been entered
	 */
	public WorkingDayCalendar(int firstYear, int lastYear, Map<LocalDate, Boolean> exceptions,
			Set<Integer> enteredYears) {
		this.firstYear = firstYear;
		this.lastYear = lastYear;
		this.exceptions = Map.copyOf(exceptions);
		this.enteredYears = Set.copyOf(enteredYears);
	}

	public boolean covers(LocalDate day) {
		return day.getYear() >= this.firstYear && day.getYear() <= this.lastYear;
	}

	/** Whether the holidays of that year are known (else only weekends count). */
	public boolean isYearEntered(int year) {
		return this.enteredYears.contains(year);
	}

	public boolean isWorkingDay(LocalDate day) {
		Boolean exception = this.exceptions.get(day);
		if (exception != null) {
			return exception;
		}
		DayOfWeek dow = day.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	/**
	 * The day that is {@code n} working days after {@code from} (the day itself not
	 * counted); {@code n = 0} gives {@code from}.
	 * @throws IllegalStateException when the result falls outside the calendar's years
	 */
	public LocalDate addWorkingDays(LocalDate from, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("negative count: " + n);
		}
		LocalDate day = from;
		int left = n;
		while (left > 0) {
			day = day.plusDays(1);
			if (!covers(day)) {
				throw new IllegalStateException("outside " + this.firstYear + "-" + this.lastYear + ": " + day);
			}
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Working days after {@code from} up to and including {@code to} (0 when to ≤ from).
	 */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

}
