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

	/**
	 * This reminder with its urgency as the due date makes it on a day: past due is
	 * overdue and due on the day is due today, whatever the source said; undated and
	 * informational reminders stay as they are.
	 */
	public Reminder on(LocalDate today) {
		if (this.dueOn == null || this.urgency == Urgency.INFO || this.urgency == Urgency.OVERDUE) {
			return this;
		}
		Urgency derived = this.dueOn.isBefore(today) ? Urgency.OVERDUE
				: this.dueOn.isEqual(today) ? Urgency.DUE_TODAY : Urgency.DUE_SOON;
		return (derived == this.urgency) ? this
				: new Reminder(this.kind, this.messageKey, this.args, this.dueOn, derived, this.unitId, this.link);
	}

	/** How pressing it is on the day it was derived. */
	public enum Urgency {

		/** Past its due date. */
		OVERDUE,
		/** Due today. */
		DUE_TODAY,
		/** Due within the module's reminder window. */
		DUE_SOON,
		/** Worth knowing, nothing late. */
		INFO;

		/** The Bootstrap style of its badge. */
		public String badgeStyle() {
			return switch (this) {
				case OVERDUE -> "text-bg-danger";
				case DUE_TODAY -> "text-bg-primary";
				case DUE_SOON -> "text-bg-warning";
				case INFO -> "text-bg-info";
			};
		}

	}

}
