package vn.dangvu.membership.admission;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.rules.RuleValue;

/** A vote: for, against, of how many entitled voters. */
public record VoteCount(Integer votesFor, Integer votesAgainst, Integer votersTotal) {

	Verdict check(RuleValue threshold, String key) {
		if (this.votesFor == null || this.votersTotal == null) {
			return Verdict.reject("membership.policy.vote.missing");
		}
		int against = this.votesAgainst == null ? 0 : this.votesAgainst;
		if (this.votesFor < 0 || against < 0 || this.votersTotal <= 0 || this.votesFor + against > this.votersTotal) {
			return Verdict.reject("membership.policy.vote.inconsistent", this.votesFor, against, this.votersTotal);
		}
		var share = threshold.asFraction();
		if (!share.isMetBy(this.votesFor, this.votersTotal)) {
			return Verdict.reject(key, this.votesFor, this.votersTotal, share.toString(),
					share.minimumOf(this.votersTotal), threshold.source());
		}
		return Verdict.ok();
	}

}
