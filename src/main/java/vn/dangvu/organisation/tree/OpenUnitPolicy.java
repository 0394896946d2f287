package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Closed units are history: nothing changes on them, nothing is placed under them, and a
 * unit is closed only once its sub-units are closed or moved away.
 */
final class OpenUnitPolicy {

	private OpenUnitPolicy() {
	}

	public static Optional<Rejection> unitIsOpen(String name, LocalDate closedOn) {
		return closedOn == null ? Optional.empty()
				: Rejection.of(null, "unit.rule.closed", name, Rejection.day(closedOn));
	}

	public static Optional<Rejection> parentIsOpen(String parentName, LocalDate parentClosedOn) {
		return parentClosedOn == null ? Optional.empty()
				: Rejection.of("parentId", "unit.rule.parentClosed", parentName, Rejection.day(parentClosedOn));
	}

	public static Optional<Rejection> noOpenChildren(String name, long openChildren) {
		return openChildren == 0 ? Optional.empty()
				: Rejection.of(null, "unit.rule.hasOpenChildren", name, openChildren);
	}

}
