package vn.dangvu.membership;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for dues, youth, and Party
 * membership (timeline, status, admissions, probation, statistics, transfers, endings):
 * in {@code bad-input.tsv} next to this class.
 */
class MembershipBadInputCases implements BadInputCases {

}
