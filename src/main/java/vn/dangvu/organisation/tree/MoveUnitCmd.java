package vn.dangvu.organisation.tree;

import java.time.LocalDate;

/** Place a unit (with its whole subtree) under another parent from a date. */
public record MoveUnitCmd(long unitId, Long parentId, LocalDate effectiveDate, String decisionRef, String note) {

}
