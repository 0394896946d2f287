package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.notification.reminder.Reminders;
import vn.dangvu.platform.security.Caller;

/**
 * The notification module's public face: the reminders every module offers for a caller
 * (each module implements {@link ReminderSource}), most pressing first. It only delegates
 * to {@code notification.reminder}.
 */
@Service
@RequiredArgsConstructor
public class NotificationApi {

	private final Reminders reminders;

	public List<Reminder> remindersFor(Caller caller) {
		return this.reminders.remindersFor(caller);
	}

	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		return this.reminders.remindersFor(caller, today);
	}

}
