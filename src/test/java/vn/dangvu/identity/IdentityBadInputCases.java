package vn.dangvu.identity;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for the signed-in caller: in
 * {@code bad-input.tsv} next to this class.
 */
class IdentityBadInputCases implements BadInputCases {

}
