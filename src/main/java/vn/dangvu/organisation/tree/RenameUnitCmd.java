package vn.dangvu.organisation.tree;

import java.time.LocalDate;

/** Give a unit a new name and/or short name from a date; null keeps the current value. */
record RenameUnitCmd(long unitId, String name, String shortName, LocalDate effectiveDate, String decisionRef,
		String note) {

}
