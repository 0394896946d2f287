package vn.dangvu.meeting.access;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import vn.dangvu.platform.error.RuleViolationException;

/**
 * A time of day typed on a page as HH:mm (H:mm and HHhmm too); a bad one is a 422 on its
 * field.
 */
public final class PageTimes {

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

	private PageTimes() {
	}

	public static LocalTime parse(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String t = text.strip().replace('h', ':').replace('H', ':');
		try {
			return LocalTime.parse(t, TYPED);
		}
		catch (DateTimeParseException ex) {
			throw RuleViolationException.onField(field, "meeting.time.invalid", text.strip());
		}
	}

	public static String format(LocalTime time) {
		return (time == null) ? "" : time.format(DateTimeFormatter.ofPattern("HH:mm"));
	}

}
