package vn.dangvu.identity;

import java.util.ArrayList;
import java.util.List;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.post;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): the signed-in caller. */
class IdentityBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		// Me and unknown addresses
		c.add(post("me does not take POST", "/api/v1/me", "{}"));
		return c;
	}

	@Override
	public List<String> tables() {
		return List.of("account", "account_grant");
	}

}
