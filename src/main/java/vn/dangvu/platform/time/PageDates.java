package vn.dangvu.platform.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * Dates as pages show and read them, whatever the browser's language: dd/MM/yyyy for a
 * day, MM/yyyy for a month. Reading also takes the ISO form (yyyy-MM-dd, yyyy-MM) that
 * links and bookmarks carry, which cannot be mistaken for the other since the separator
 * differs. The JSON API does not use this: it keeps ISO dates only.
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

	public static String format(LocalDate day) {
		return day == null ? "" : DAY.format(day);
	}

	public static String format(YearMonth month) {
		return month == null ? "" : MONTH.format(month);
	}

}
