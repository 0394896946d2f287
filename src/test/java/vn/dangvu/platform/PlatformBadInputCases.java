package vn.dangvu.platform;

import java.util.ArrayList;
import java.util.List;

import vn.dangvu.testkit.BadInputCase;
import vn.dangvu.testkit.BadInputCases;

import static vn.dangvu.testkit.BadInputCase.get;

/** Rows of the bad-input matrix ({@code ApiBadInputTest}): addresses nobody answers. */
class PlatformBadInputCases implements BadInputCases {

	@Override
	public List<BadInputCase> badInputCases() {
		List<BadInputCase> c = new ArrayList<>();
		c.add(get("unknown API address", "/api/v1/nothing-here"));
		return c;
	}

}
