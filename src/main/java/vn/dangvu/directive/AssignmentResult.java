package vn.dangvu.directive;

import java.util.List;
import java.util.Map;

/**
 * What an assignment did: the units newly assigned, those that already had the directive
 * (left as they were), the assigning unit and the due dates computed.
 */
public record AssignmentResult(long documentId, long fromUnitId, List<Long> assignedUnitIds,
		List<Long> alreadyAssignedUnitIds, Map<ActionKind, java.time.LocalDate> dueDates) {

}
