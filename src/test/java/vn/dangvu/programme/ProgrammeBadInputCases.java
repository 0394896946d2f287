package vn.dangvu.programme;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for work programmes: in
 * {@code bad-input.tsv} next to this class.
 */
class ProgrammeBadInputCases implements BadInputCases {

}
