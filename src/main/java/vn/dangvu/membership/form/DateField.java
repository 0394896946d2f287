package vn.dangvu.membership.form;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.dangvu.platform.time.PageDates;

/** Reads a date typed as dd/MM/yyyy (or yyyy-MM-dd from a link), as every page does. */
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

	public static String format(LocalDate date) {
		return PageDates.format(date);
	}

}
