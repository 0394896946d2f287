package vn.dangvu.notification;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for the caller's notices: in
 * {@code bad-input.tsv} next to this class.
 */
class NotificationBadInputCases implements BadInputCases {

}
