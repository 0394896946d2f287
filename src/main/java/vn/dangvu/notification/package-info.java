/**
 * Deadline reminders gathered from every module, most pressing first: each module
 * implements {@link vn.dangvu.notification.ReminderSource} over its own records, derived
 * when read (decision 0090); the {@code /reminders} page and the navigation badge. And
 * notices a module sends to persons (decision 0240): in the application (the bell of
 * every page, {@code /notifications}) and by e-mail through the mail outbox, sent after
 * the sender's transaction commits to the SMTP server of {@code DANGVU_MAIL_*}, kept for
 * the administrators' page {@code /notifications/outbox} in demo mode. Owns
 * {@code notice}, {@code notice_recipient} and {@code mail_outbox}; reads
 * {@code person_ref} (names, e-mail addresses). Publishes {@code NotificationApi},
 * {@code Reminder}, {@code ReminderSource}, {@code Notice}, {@code SentNotice},
 * {@code NoticeView} and {@code NoticeInbox}.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.notification;
