package vn.dangvu.membership.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.time.PageDates;

/**
 * Reads what the membership forms type by hand: a date as dd/MM/yyyy (or yyyy-MM-dd from
 * a link), as every page does, and whole numbers; what cannot be read is a 422 on its
 * field.
 */
public final class DateField {

	private DateField() {
	}

	/**
	 * @throws IllegalArgumentException when the text is not a date
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.trim();
		try {
			return PageDates.parse(t);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(t, ex);
		}
	}

	/** A date, or null when blank; unreadable text is a 422 on the field. */
	public static LocalDate read(String text, String field) {
		try {
			return parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField(field, "membership.form.date");
		}
	}

	/** A whole number, or null when blank; unreadable text is a 422 on the field. */
	public static Integer readInt(String text, String field) {
		return readNumber(text, field, Integer::valueOf);
	}

	/** A whole number, or null when blank; unreadable text is a 422 on the field. */
	public static Long readLong(String text, String field) {
		return readNumber(text, field, Long::valueOf);
	}

	private static <T> T readNumber(String text, String field, Function<String, T> parse) {
		String trimmed = (text == null || text.isBlank()) ? null : text.trim();
		try {
			return (trimmed == null) ? null : parse.apply(trimmed);
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "membership.form.number");
		}
	}

	public static String format(LocalDate date) {
		return PageDates.format(date);
	}

}
