/**
 * The mail outbox (decision 0240): one row per e-mail of a notice, sent after the writing
 * transaction commits and again by a scheduled job with backoff, through Spring's
 * {@code JavaMailSender} to the server in {@code DANGVU_MAIL_*}; kept unsent in demo
 * mode. Its page {@code /notifications/outbox} is for administrators.
 */
package vn.dangvu.notification.mail;
