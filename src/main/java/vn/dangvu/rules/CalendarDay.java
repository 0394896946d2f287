package vn.dangvu.rules;

import java.time.LocalDate;

/**
 * A day that differs from the Monday-to-Friday week: a holiday or a make-up working day.
 */
public record CalendarDay(LocalDate day, Kind kind, String name) {

	public enum Kind {

		HOLIDAY, WORKDAY

	}

}
