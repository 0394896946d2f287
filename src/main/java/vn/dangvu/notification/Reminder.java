package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Something a person should do by a date, derived when read from the records of the
 * module that offers it (decision 0090): nothing to refresh, nothing to go stale.
 *
 * @param kind a stable code of the kind of reminder, e.g. {@code PROBATION_ENDING}
 * @param messageKey the text, a key in the offering module's message bundle
 * @param args the text's arguments (names, citations, dates as dd/MM/yyyy)
 * @param dueOn the date it is due
 * @param unitId the unit it concerns, for scoping (may be null)
 * @param link where to act on it (a page path such as {@code /membership/probation})
 */
public record Reminder(String kind, String messageKey, List<Object> args, LocalDate dueOn, Urgency urgency, Long unitId,
		String link) {

	public Reminder {
		args = List.copyOf(args);
	}

	/** How pressing it is on the day it was derived. */
	public enum Urgency {

		/** Past its due date. */
		OVERDUE,
		/** Due within the module's reminder window. */
		DUE_SOON,
		/** Worth knowing, nothing late. */
		INFO

	}

}
