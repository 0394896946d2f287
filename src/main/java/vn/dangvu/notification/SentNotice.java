package vn.dangvu.notification;

/**
 * What {@link NotificationApi#send(Notice)} stored.
 *
 * @param noticeId the notice's id
 * @param recipients the persons it reached in the application
 * @param mails the e-mails queued (recipients with an address)
 */
public record SentNotice(long noticeId, int recipients, int mails) {
}
