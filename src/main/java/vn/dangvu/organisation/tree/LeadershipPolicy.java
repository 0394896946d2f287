package vn.dangvu.organisation.tree;

import vn.dangvu.organisation.UnitFamily;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.policy.Verdict;

/** A trade-union or youth unit may be led by a Party unit; only Party units lead. */
final class LeadershipPolicy {

	private LeadershipPolicy() {
	}

	public static Verdict check(UnitKind kind, UnitKind leaderKind) {
		if (leaderKind == null) {
			return Verdict.ok();
		}
		if (kind.family() == UnitFamily.PARTY) {
			return Verdict.reject("unit.rule.partyNotLed").on("ledById");
		}
		if (leaderKind.family() != UnitFamily.PARTY) {
			return Verdict.reject("unit.rule.leaderNotParty").on("ledById");
		}
		return Verdict.ok();
	}

}
