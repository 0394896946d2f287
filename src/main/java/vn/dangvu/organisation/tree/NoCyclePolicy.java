package vn.dangvu.organisation.tree;

import vn.dangvu.platform.policy.Verdict;

/**
 * A unit can never be placed under itself or one of its own descendants (the database
 * trigger holds the same rule).
 */
final class NoCyclePolicy {

	static final String MESSAGE = "unit.rule.cycle";

	private NoCyclePolicy() {
	}

	/**
	 * @param unitId the unit being placed
	 * @param newParentPath the materialised path of the new parent, e.g. "/1/5/"
	 */
	public static Verdict check(long unitId, String newParentPath) {
		if (newParentPath != null && newParentPath.contains("/" + unitId + "/")) {
			return Verdict.reject(MESSAGE).on("parentId");
		}
		return Verdict.ok();
	}

}
