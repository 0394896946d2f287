package vn.dangvu.organisation;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for units: reading, creating,
 * renaming, moving, closing and merging: in {@code bad-input.tsv} next to this class.
 */
class OrganisationBadInputCases implements BadInputCases {

}
