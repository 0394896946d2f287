package vn.dangvu.directive.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.directive.ActionStatus;
import vn.dangvu.directive.cascade.Obligations;
import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;

/**
 * Reminders of directive actions overdue or due soon for the units the caller is an
 * officer of (their own units, not the whole subtree: each unit answers for its own).
 */
@Component
@RequiredArgsConstructor
class DirectiveReminders implements ReminderSource {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final Obligations cascade;

	@Override
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		return this.cascade.dueFor(caller, today)
			.stream()
			.map((o) -> new Reminder("DIRECTIVE_" + o.kind().name(),
					"directive.reminder." + (o.status() == ActionStatus.OVERDUE ? "overdue." : "dueSoon.")
							+ o.kind().name(),
					List.of(o.citation(), o.unitName(), o.dueOn().format(DATE)), o.dueOn(),
					o.status() == ActionStatus.OVERDUE ? Reminder.Urgency.OVERDUE : Reminder.Urgency.DUE_SOON,
					o.unitId(), "/directives/" + o.documentId() + "/units/" + o.unitId()))
			.toList();
	}

}
