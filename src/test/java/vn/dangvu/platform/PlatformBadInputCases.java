package vn.dangvu.platform;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for addresses nobody answers: in
 * {@code bad-input.tsv} next to this class.
 */
class PlatformBadInputCases implements BadInputCases {

}
