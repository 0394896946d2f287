package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.util.List;

import vn.dangvu.organisation.UnitKind;

/**
 * Merge several units into one on a date: into the existing {@code targetId}, or into a
 * unit created by the same operation ({@code newTarget}); exactly one of the two is
 * given.
 */
public record MergeUnitsCmd(List<Long> sourceIds, Long targetId, NewTarget newTarget, LocalDate effectiveDate,
		String decisionRef, String note) {

	public MergeUnitsCmd {
		sourceIds = sourceIds == null ? List.of() : List.copyOf(sourceIds);
	}

	/** The unit the merge creates. */
	public record NewTarget(String code, UnitKind kind, String name, String shortName, Long parentId) {

	}

}
