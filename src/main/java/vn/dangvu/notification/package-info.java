/**
 * In-app notices, digests and deadline reminders. Waits for its issue.
 */
@org.springframework.modulith.ApplicationModule
package vn.dangvu.notification;
