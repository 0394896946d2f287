package vn.dangvu.programme.cascade;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for issue 12 part C (one
 * activity to many units, the cascade view): in {@code bad-input.tsv} next to this class.
 */
class ProgrammeCascadeBadInputCases implements BadInputCases {

}
