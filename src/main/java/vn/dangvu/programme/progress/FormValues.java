package vn.dangvu.programme.progress;

import java.math.BigDecimal;

import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.programme.access.ProgrammeInput;

/**
 * The values of the progress forms read from their text; a bad one is a 422 on its field.
 */
final class FormValues {

	private FormValues() {
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

	static Integer integer(String field, String text) {
		Long n = id(field, (text == null) ? null : text.strip().replace("%", ""));
		if (n == null) {
			return null;
		}
		if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
			throw RuleViolationException.onField(field, "programme.field.invalid", ProgrammeInput.label(field));
		}
		return n.intValue();
	}

	/** "1.000.000", "95,5" or "95.5". */
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
		else if (t.matches("\\d{1,3}(\\.\\d{3})+")) {
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
