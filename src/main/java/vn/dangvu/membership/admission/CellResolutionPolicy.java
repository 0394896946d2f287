package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.rules.RuleValue;

/** At least 2/3 of the cell's full members vote for (admission and conversion alike). */
final class CellResolutionPolicy {

	private CellResolutionPolicy() {
	}

	static Verdict check(VoteCount vote, RuleValue threshold) {
		return vote.check(threshold, "membership.policy.cellResolution.threshold");
	}

}
