package vn.dangvu.organisation.tree;

import java.util.Optional;

import vn.dangvu.organisation.UnitFamily;
import vn.dangvu.organisation.UnitKind;

/** A trade-union or youth unit may be led by a Party unit; only Party units lead. */
final class LeadershipPolicy {

	private LeadershipPolicy() {
	}

	public static Optional<Rejection> check(UnitKind kind, UnitKind leaderKind) {
		if (leaderKind == null) {
			return Optional.empty();
		}
		if (kind.family() == UnitFamily.PARTY) {
			return Rejection.of("ledById", "unit.rule.partyNotLed");
		}
		if (leaderKind.family() != UnitFamily.PARTY) {
			return Rejection.of("ledById", "unit.rule.leaderNotParty");
		}
		return Optional.empty();
	}

}
