/**
 * Deadline reminders gathered from every module, most pressing first: each module
 * implements {@link vn.dangvu.notification.ReminderSource} over its own records, derived
 * when read (decision 0090); the {@code /reminders} page and the navigation badge. Owns
 * no table. Publishes {@code NotificationApi}, {@code Reminder} and
 * {@code ReminderSource}; e-mail digests come with the first issue that needs mail.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.notification;
