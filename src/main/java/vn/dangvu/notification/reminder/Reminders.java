package vn.dangvu.notification.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Gathers the reminders every module offers for a caller, most pressing first. A module
 * that fails to answer is logged and skipped, so one broken source never hides the
 * others. Public only for the module's face,
 * {@link vn.dangvu.notification.NotificationApi}.
 */
@Service
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private static final Comparator<Reminder> PRESSING_FIRST = Comparator
		.comparing((Reminder r) -> r.urgency().ordinal())
		.thenComparing(Reminder::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Reminder::kind);

	private final List<ReminderSource> sources;

	private final Clock clock;

	public Reminders(List<ReminderSource> sources, Clock clock) {
		this.sources = List.copyOf(sources);
		this.clock = clock;
	}

	public List<Reminder> remindersFor(Caller caller) {
		return remindersFor(caller, VietnamTime.today(this.clock));
	}

	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		List<Reminder> all = new ArrayList<>();
		for (ReminderSource source : this.sources) {
			try {
				source.remindersFor(caller, today).forEach((r) -> all.add(r.on(today)));
			}
			catch (RuntimeException ex) {
				log.warn("Reminder source {} failed for {}", source.getClass().getSimpleName(), caller.username(), ex);
			}
		}
		all.sort(PRESSING_FIRST);
		return all;
	}

}
