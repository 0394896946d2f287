package vn.dangvu.membership.admission;

import vn.dangvu.membership.log.Verdict;
import vn.dangvu.rules.RuleValue;

/** At least 2/3 of the cell's full members vote for (admission and conversion alike). */
public final class CellResolutionPolicy {

	private CellResolutionPolicy() {
	}

	public static Verdict check(VoteCount vote, RuleValue threshold) {
		return vote.check(threshold, "membership.policy.cellResolution.threshold");
	}

}
