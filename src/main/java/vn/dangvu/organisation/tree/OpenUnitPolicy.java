package vn.dangvu.organisation.tree;

import java.time.LocalDate;

import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.time.PageDates;

/**
 * Closed units are history: nothing changes on them, nothing is placed under them, and a
 * unit is closed only once its sub-units are closed or moved away.
 */
final class OpenUnitPolicy {

	private OpenUnitPolicy() {
	}

	public static Verdict unitIsOpen(String name, LocalDate closedOn) {
		return closedOn == null ? Verdict.ok() : Verdict.reject("unit.rule.closed", name, PageDates.format(closedOn));
	}

	public static Verdict parentIsOpen(String parentName, LocalDate parentClosedOn) {
		return parentClosedOn == null ? Verdict.ok()
				: Verdict.reject("unit.rule.parentClosed", parentName, PageDates.format(parentClosedOn)).on("parentId");
	}

	public static Verdict noOpenChildren(String name, long openChildren) {
		return openChildren == 0 ? Verdict.ok() : Verdict.reject("unit.rule.hasOpenChildren", name, openChildren);
	}

}
