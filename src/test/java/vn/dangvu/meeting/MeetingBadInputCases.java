package vn.dangvu.meeting;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for cell meetings: in
 * {@code bad-input.tsv} next to this class.
 */
class MeetingBadInputCases implements BadInputCases {

}
