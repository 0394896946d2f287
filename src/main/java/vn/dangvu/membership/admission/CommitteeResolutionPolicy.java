package vn.dangvu.membership.admission;

import vn.dangvu.membership.log.Verdict;
import vn.dangvu.rules.RuleValue;

/** At least 2/3 of the committee members vote for. */
public final class CommitteeResolutionPolicy {

	private CommitteeResolutionPolicy() {
	}

	public static Verdict check(VoteCount vote, RuleValue threshold) {
		return vote.check(threshold, "membership.policy.committeeResolution.threshold");
	}

}
