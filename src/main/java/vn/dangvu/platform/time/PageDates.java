package vn.dangvu.platform.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.validation.Errors;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * Dates as pages show and read them, whatever the browser's language: dd/MM/yyyy for a
 * day, MM/yyyy for a month. Reading also takes the ISO form (yyyy-MM-dd, yyyy-MM) that
 * links and bookmarks carry, which cannot be mistaken for the other since the separator
 * differs. The JSON API does not use this: it keeps ISO dates only ({@link #parseIso}).
 *
 * <p>
 * The one entry point for dates read by hand (decision 0204); a request parameter or a
 * form field bound to {@code LocalDate}/{@code YearMonth} needs none of this, the
 * registered page formatter reads it. For text read by hand:
 * <ul>
 * <li>{@link #parseDay(String, String, String)} / {@link #parseMonth(String, String, String)}:
 * null when blank, a 422 on the field with the given message when not a date;</li>
 * <li>{@link #parseDay(Errors, String, String, String)}: the same onto a form's
 * {@code Errors};</li>
 * <li>{@link #parseIso}: an API's ISO day, same refusal;</li>
 * <li>{@link #tryDay} / {@link #tryMonth}: empty when blank or not a date (filters that
 * ignore what they cannot read).</li>
 * </ul>
 */
public final class PageDates {

	/** The pattern a person types; the date-picker script uses the same. */
	public static final String DAY_PATTERN = "dd/MM/yyyy";

	public static final String MONTH_PATTERN = "MM/yyyy";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern(DAY_PATTERN, Locale.ROOT);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern(MONTH_PATTERN, Locale.ROOT);

	private static final DateTimeFormatter DAY_TYPED = DateTimeFormatter.ofPattern("d/M/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MONTH_TYPED = DateTimeFormatter.ofPattern("M/uuuu", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DAY_ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter MONTH_ISO = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT)
		.withResolverStyle(ResolverStyle.STRICT);

	private PageDates() {
	}

	/**
	 * A day typed as dd/MM/yyyy (d/M/yyyy too) or yyyy-MM-dd; null when blank.
	 * @throws DateTimeParseException when the text is not a real day
	 */
	public static LocalDate parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		return LocalDate.parse(t, t.contains("/") ? DAY_TYPED : DAY_ISO);
	}

	/**
	 * A month typed as MM/yyyy (M/yyyy too) or yyyy-MM; null when blank.
	 * @throws DateTimeParseException when the text is not a month
	 */
	public static YearMonth parseMonth(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip();
		return YearMonth.parse(t, t.contains("/") ? MONTH_TYPED : MONTH_ISO);
	}

	/**
	 * A day typed on a page (dd/MM/yyyy, d/M/yyyy or yyyy-MM-dd); null when blank.
	 * @throws RuleViolationException a 422 on {@code field} with {@code invalidKey}
	 * (the text as its argument) when the text is not a real day
	 */
	public static LocalDate parseDay(String field, String text, String invalidKey) {
		try {
			return parse(text);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField(field, invalidKey, text.strip());
		}
	}

	/**
	 * A month typed on a page (MM/yyyy, M/yyyy or yyyy-MM); null when blank.
	 * @throws RuleViolationException a 422 on {@code field} with {@code invalidKey}
	 * (the text as its argument) when the text is not a month
	 */
	public static YearMonth parseMonth(String field, String text, String invalidKey) {
		try {
			return parseMonth(text);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField(field, invalidKey, text.strip());
		}
	}

	/**
	 * A day typed on a form read into {@code errors}: null when blank; when not a day,
	 * {@code invalidKey} is rejected on the field and null returned.
	 */
	public static LocalDate parseDay(Errors errors, String field, String text, String invalidKey) {
		try {
			return parse(text);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, invalidKey);
			return null;
		}
	}

	/**
	 * A day an API reads: ISO yyyy-MM-dd only; null when blank.
	 * @throws RuleViolationException a 422 on {@code field} with {@code invalidKey}
	 * (the text as its argument) when the text is not an ISO day
	 */
	public static LocalDate parseIso(String field, String text, String invalidKey) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DAY_ISO);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField(field, invalidKey, text.strip());
		}
	}

	/** A day typed on a page, or empty when blank or not a day. */
	public static Optional<LocalDate> tryDay(String text) {
		try {
			return Optional.ofNullable(parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	/** A month typed on a page, or empty when blank or not a month. */
	public static Optional<YearMonth> tryMonth(String text) {
		try {
			return Optional.ofNullable(parseMonth(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	public static String format(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public static String format(YearMonth month) {
		return month == null ? "" : MONTH.format(month);
	}

}
