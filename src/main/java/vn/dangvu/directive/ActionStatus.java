package vn.dangvu.directive;

import java.time.LocalDate;

/**
 * The state of one required action on a day, derived from its due date, its completion
 * date and the reminder window (rule {@code directive.reminder.days-before}).
 */
public enum ActionStatus {

	/** Recorded as done (on time or late). */
	DONE,
	/** Done after its due date. */
	DONE_LATE,
	/** Not done and past its due date. */
	OVERDUE,
	/** Not done, due within the reminder window. */
	DUE_SOON,
	/** Not done, due later. */
	PENDING;

	public static ActionStatus of(LocalDate dueOn, LocalDate doneOn, LocalDate today, int daysBefore) {
		if (doneOn != null) {
			return doneOn.isAfter(dueOn) ? DONE_LATE : DONE;
		}
		if (today.isAfter(dueOn)) {
			return OVERDUE;
		}
		return today.plusDays(daysBefore).isBefore(dueOn) ? PENDING : DUE_SOON;
	}

	public boolean isDone() {
		return this == DONE || this == DONE_LATE;
	}

}
