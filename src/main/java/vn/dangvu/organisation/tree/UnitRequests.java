package vn.dangvu.organisation.tree;

import java.util.List;

/** JSON bodies of the unit API; dates are ISO text (2025-03-01), checked explicitly. */
final class UnitRequests {

	private UnitRequests() {
	}

	record CreateUnit(String code, String kind, String name, String shortName, Long parentId, Long ledById,
			String establishedOn, String decisionRef, String note) {
	}

	record RenameUnit(String name, String shortName, String effectiveDate, String decisionRef, String note) {
	}

	record MoveUnit(Long parentId, String effectiveDate, String decisionRef, String note) {
	}

	record CloseUnit(String effectiveDate, String decisionRef, String note) {
	}

	record MergeUnits(List<Long> sourceIds, Long targetId, NewTarget newTarget, String effectiveDate,
			String decisionRef, String note) {
	}

	record NewTarget(String code, String kind, String name, String shortName, Long parentId) {
	}

}
