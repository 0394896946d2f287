package vn.dangvu.audit;

import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for the audit trail: in
 * {@code bad-input.tsv} next to this class.
 */
class AuditBadInputCases implements BadInputCases {

}
