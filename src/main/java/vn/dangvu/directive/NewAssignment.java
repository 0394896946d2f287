package vn.dangvu.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An assignment of a directive to units below the assigning committee: chosen units
 * ({@code unitIds}) and/or every open cell under a unit ({@code allCellsUnder}), with the
 * required actions and when each is due. {@code fromUnitId} null: the deepest unit that
 * holds the directive (its owner or a unit it was assigned to) above all targets and
 * within the caller's scope. {@code assignedOn} null: today.
 */
public record NewAssignment(Long fromUnitId, List<Long> unitIds, Long allCellsUnder, Map<ActionKind, DuePeriod> actions,
		LocalDate assignedOn) {

}
