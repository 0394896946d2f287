package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.text.PlainText;
import vn.dangvu.platform.time.PageDates;

/**
 * Checks of raw input shared by the pages and the JSON API: each method records a field
 * error (a message key) and returns the parsed value, or null.
 */
final class UnitInput {

	public static final int CODE_MAX = 40;

	public static final int NAME_MAX = 255;

	public static final int SHORT_NAME_MAX = 120;

	public static final int DECISION_MAX = 120;

	public static final int NOTE_MAX = 2000;

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

	private UnitInput() {
	}

	public static String text(Errors errors, String field, String value, int max, boolean required) {
		String clean = UnitService.blankToNull(value);
		if (clean == null) {
			if (required) {
				errors.rejectValue(field, "unit.input.required");
			}
			return null;
		}
		if (clean.length() > max) {
			errors.rejectValue(field, "unit.input.tooLong", new Object[] { max }, null);
			return null;
		}
		return clean;
	}

	/**
	 * A name, short name or decision reference: text as {@link #text} keeps it, and only
	 * printable characters (no control, invisible or bidi characters, no emoji).
	 */
	public static String name(Errors errors, String field, String value, int max, boolean required) {
		String clean = text(errors, field, value, max, required);
		if (clean != null && !PlainText.isPlain(clean)) {
			errors.rejectValue(field, PlainText.INVISIBLE);
			return null;
		}
		return clean;
	}

	public static String code(Errors errors, String field, String value) {
		String clean = text(errors, field, value, CODE_MAX, true);
		if (clean != null && !CODE.matcher(clean).matches()) {
			errors.rejectValue(field, "unit.input.codeInvalid");
			return null;
		}
		return clean;
	}

	public static UnitKind kind(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			errors.rejectValue(field, "unit.input.required");
			return null;
		}
		return parsed(errors, field, value, UnitKind::valueOf, "unit.input.kindInvalid");
	}

	/**
	 * A date typed on a page (dd/MM/yyyy, or ISO); {@code fallback} when blank, or an
	 * error if null.
	 */
	public static LocalDate pageDate(Errors errors, String field, String value, LocalDate fallback) {
		try {
			LocalDate day = PageDates.parse(value);
			return (day == null) ? date(errors, field, value, fallback) : day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "unit.input.dateInvalid");
			return null;
		}
	}

	/**
	 * A date in ISO form (2025-03-01); {@code fallback} when blank, or an error if null.
	 */
	public static LocalDate date(Errors errors, String field, String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			if (fallback == null) {
				errors.rejectValue(field, "unit.input.required");
			}
			return fallback;
		}
		return parsed(errors, field, value, LocalDate::parse, "unit.input.dateInvalid");
	}

	/** An optional unit id typed into a form or sent as text. */
	public static Long id(Errors errors, String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return parsed(errors, field, value, Long::valueOf, "unit.input.idInvalid");
	}

	/**
	 * A value that is not blank, trimmed and parsed; one the parser refuses is recorded
	 * as {@code invalidKey}.
	 */
	private static <T> T parsed(Errors errors, String field, String value, Function<String, T> parser,
			String invalidKey) {
		try {
			return parser.apply(value.trim());
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			errors.rejectValue(field, invalidKey);
			return null;
		}
	}

}
