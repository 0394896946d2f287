package vn.dangvu.people;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for people: reading, creating
 * and changing: in {@code bad-input.tsv} next to this class.
 */
class PeopleBadInputCases implements BadInputCases {

}
