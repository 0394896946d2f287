package vn.dangvu.organisation.tree;

import java.time.LocalDate;

/** Dissolve a unit from a date; its sub-units must be closed or moved first. */
record CloseUnitCmd(long unitId, LocalDate effectiveDate, String decisionRef, String note) {

}
