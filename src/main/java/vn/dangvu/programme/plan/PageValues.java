package vn.dangvu.programme.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.programme.access.ProgrammeInput;

/**
 * Values typed on the programme pages, read as the API reads its JSON: blank is null, a
 * bad one a 422 on its field naming it.
 */
final class PageValues {

	private PageValues() {
	}

	static LocalDate day(String field, String text) {
		try {
			return PageDates.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField(field, "programme.date.invalid", ProgrammeInput.label(field),
					text.strip());
		}
	}

	static Long id(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "programme.field.invalid", ProgrammeInput.label(field));
		}
	}

	/** An id, or null when blank or not a number (for links, never for writes). */
	static Long lenientId(String text) {
		try {
			return (text == null || text.isBlank()) ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Integer integer(String field, String text) {
		Long n = id(field, text);
		if (n == null) {
			return null;
		}
		if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
			throw RuleViolationException.onField(field, "programme.field.invalid", ProgrammeInput.label(field));
		}
		return n.intValue();
	}

	/**
	 * A number as Vietnamese write it: "1.000.000" (dots between thousands), "95,5" (a
	 * decimal comma), or "95.5".
	 */
	static BigDecimal number(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().replace(" ", "").replace("\u00a0", "");
		if (t.contains(",") && t.contains(".")) {
			t = t.replace(".", "").replace(',', '.');
		}
		else if (t.contains(",")) {
			t = t.replace(',', '.');
		}
		else if (t.matches("\\d{1,3}(\\.\\d{3}){2,}") || t.matches("\\d{1,3}\\.\\d{3}")) {
			t = t.replace(".", "");
		}
		try {
			return new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			throw RuleViolationException.onField(field, "programme.number.invalid", ProgrammeInput.label(field),
					text.strip());
		}
	}

	static <E extends Enum<E>> E choice(Class<E> type, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RuleViolationException.onField(field, "programme.field.invalid", ProgrammeInput.label(field));
		}
	}

}
