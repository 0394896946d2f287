package vn.dangvu.rules;

import org.springframework.http.HttpMethod;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

/**
 * Rows of the bad-input matrix ({@code ApiBadInputTest}) for the rule table and the
 * working-day calendar: in {@code bad-input.tsv} next to this class.
 */
class RulesBadInputCases implements BadInputCases {

	/** Changing the rule table or the calendar is for the administrator alone. */
	@Override
	public boolean adminOnly(BadInputCase c) {
		return c.method() != HttpMethod.GET;
	}

}
