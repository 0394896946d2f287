/**
 * Notices other modules send to persons (decision 0240): stored with one row per
 * recipient, their e-mails queued in {@code notification.mail}; the recipient's page
 * {@code /notifications} and the unread count under the bell of every page.
 */
package vn.dangvu.notification.notice;
