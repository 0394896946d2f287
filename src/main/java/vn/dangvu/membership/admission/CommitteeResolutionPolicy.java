package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.rules.RuleValue;

/** At least 2/3 of the committee members vote for. */
final class CommitteeResolutionPolicy {

	private CommitteeResolutionPolicy() {
	}

	static Verdict check(VoteCount vote, RuleValue threshold) {
		return vote.check(threshold, "membership.policy.committeeResolution.threshold");
	}

}
