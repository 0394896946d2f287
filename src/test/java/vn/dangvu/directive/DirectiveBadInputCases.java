package vn.dangvu.directive;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for citations and the directive
 * registry: in {@code bad-input.tsv} next to this class.
 */
class DirectiveBadInputCases implements BadInputCases {

}
