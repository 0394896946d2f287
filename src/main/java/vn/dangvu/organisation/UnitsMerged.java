package vn.dangvu.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were merged into one on a date: everything belonging to the sources (people,
 * later memberships and obligations) now belongs to the target. Published inside the
 * merging transaction.
 */
public record UnitsMerged(List<Long> sourceUnitIds, long targetUnitId, LocalDate effectiveOn) {

	public UnitsMerged {
		sourceUnitIds = List.copyOf(sourceUnitIds);
	}

}
