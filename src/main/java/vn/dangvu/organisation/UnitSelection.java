package vn.dangvu.organisation;

import java.util.List;

/**
 * Units chosen as the targets of a cascade (a directive assigned down the tree, one
 * programme activity given to many units): units named one by one ({@code unitIds})
 * and/or every open cell under some units ({@code allCellsUnder}). Either may be null.
 */
public record UnitSelection(List<Long> unitIds, List<Long> allCellsUnder) {

	public UnitSelection {
		unitIds = (unitIds == null) ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(unitIds));
		allCellsUnder = (allCellsUnder == null) ? List.of()
				: java.util.Collections.unmodifiableList(new java.util.ArrayList<>(allCellsUnder));
	}

	/**
	 * Units named and the cells under one unit (null: none), as a form or request gives
	 * them.
	 */
	public static UnitSelection of(List<Long> unitIds, Long allCellsUnder) {
		return new UnitSelection(unitIds, (allCellsUnder == null) ? List.of() : List.of(allCellsUnder));
	}

	public boolean isEmpty() {
		return this.unitIds.isEmpty() && this.allCellsUnder.isEmpty();
	}

}
