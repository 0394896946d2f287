package vn.dangvu.meeting.access;

import java.time.LocalDate;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * Checks of typed values shared by the meeting features; a bad one is a 422 on its field.
 */
public final class MeetingInput {

	/** The earliest and latest years a meeting may be on. */
	public static final int FIRST_YEAR = 2000;

	public static final int YEARS_AHEAD = 2;

	private MeetingInput() {
	}

	/** The text stripped, or null when blank; too long or required and blank is a 422. */
	public static String text(String field, String value, int max, boolean required) {
		String t = (value == null) ? null : value.strip();
		if (t == null || t.isEmpty()) {
			if (required) {
				throw RuleViolationException.onField(field, "meeting.field.required");
			}
			return null;
		}
		if (t.length() > max) {
			throw RuleViolationException.onField(field, "meeting.field.tooLong", max);
		}
		return t;
	}

	public static <T> T required(String field, T value) {
		if (value == null) {
			throw RuleViolationException.onField(field, "meeting.field.required");
		}
		return value;
	}

	/** A day in the years a meeting may be on, relative to today. */
	public static LocalDate day(String field, LocalDate value, LocalDate today) {
		required(field, value);
		year(field, value.getYear(), today);
		return value;
	}

	public static int year(String field, int year, LocalDate today) {
		if (year < FIRST_YEAR || year > today.getYear() + YEARS_AHEAD) {
			throw RuleViolationException.onField(field, "meeting.year.outOfRange", FIRST_YEAR,
					today.getYear() + YEARS_AHEAD);
		}
		return year;
	}

}
