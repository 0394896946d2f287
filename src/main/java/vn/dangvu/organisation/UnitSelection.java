package vn.dangvu.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Units chosen as the targets of a cascade (a directive assigned down the tree, one
 * programme activity given to many units): units named one by one ({@code unitIds})
 * and/or every open cell under some units ({@code allCellsUnder}). Either may be null.
 */
public record UnitSelection(List<Long> unitIds, List<Long> allCellsUnder) {

	public UnitSelection {
		unitIds = copy(unitIds);
		allCellsUnder = copy(allCellsUnder);
	}

	/**
	 * Units named and the cells under one unit (null: none), as a form or request gives
	 * them.
	 */
	public static UnitSelection of(List<Long> unitIds, Long allCellsUnder) {
		return new UnitSelection(unitIds, (allCellsUnder == null) ? List.of() : List.of(allCellsUnder));
	}

	/** A copy that keeps null entries, which the selection refuses naming their field. */
	private static List<Long> copy(List<Long> ids) {
		return (ids == null) ? List.of() : Collections.unmodifiableList(new ArrayList<>(ids));
	}

	public boolean isEmpty() {
		return this.unitIds.isEmpty() && this.allCellsUnder.isEmpty();
	}

}
