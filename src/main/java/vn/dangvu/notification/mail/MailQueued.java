package vn.dangvu.notification.mail;

/** Mails of a notice were queued: sent as soon as the transaction commits. */
record MailQueued(long noticeId) {
}
