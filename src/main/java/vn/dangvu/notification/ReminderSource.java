package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.platform.security.Caller;

/**
 * A module's reminders for a caller: implemented as a bean by each module that has
 * deadlines (membership, directive, ...). Must return only what the caller may see.
 */
public interface ReminderSource {

	List<Reminder> remindersFor(Caller caller, LocalDate today);

}
