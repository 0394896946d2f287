package vn.dangvu.notification;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.notification.notice.NoticeQueries;
import vn.dangvu.notification.notice.NoticeService;
import vn.dangvu.notification.reminder.Reminders;
import vn.dangvu.platform.security.Caller;

/**
 * The notification module's public face: the reminders every module offers for a caller
 * (each module implements {@link ReminderSource}), most pressing first; and the notices a
 * module sends to persons, in the application and by e-mail (decision 0240). It only
 * delegates to {@code notification.reminder} and {@code notification.notice}.
 */
@Service
@RequiredArgsConstructor
public class NotificationApi {

	private final Reminders reminders;

	private final NoticeService notices;

	private final NoticeQueries noticeQueries;

	public List<Reminder> remindersFor(Caller caller) {
		return this.reminders.remindersFor(caller);
	}

	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		return this.reminders.remindersFor(caller, today);
	}

	/**
	 * Stores a notice for its recipients and queues one e-mail for each recipient with an
	 * address, in the caller's transaction: if it rolls back, nothing was sent. The mails
	 * leave after the commit (decision 0240). A recipient that is not a person, a blank
	 * subject or body, or a link that is not a path of the application is refused (422).
	 */
	public SentNotice send(Notice notice) {
		return this.notices.send(notice);
	}

	/**
	 * How a notice reached each of its recipients, by person id; empty for an unknown
	 * notice. Not scoped: the sending module shows it only where it shows the notice's
	 * subject (its meeting).
	 */
	public List<NoticeDelivery> deliveriesOf(long noticeId) {
		return this.noticeQueries.deliveriesOf(noticeId);
	}

	/** The caller's own notices, newest first, with the number unread. */
	public NoticeInbox noticesFor(Caller caller, int page, int size) {
		return this.noticeQueries.inboxOf(caller, page, size);
	}

	/** The caller's unread notices (0 for an account that is not a person). */
	public long unreadCount(Caller caller) {
		return this.noticeQueries.unreadCount(caller);
	}

	/**
	 * Marks one of the caller's notices read; a notice not addressed to the caller is not
	 * found (404).
	 */
	public void markRead(long noticeId, Caller caller) {
		this.notices.markRead(noticeId, caller);
	}

}
