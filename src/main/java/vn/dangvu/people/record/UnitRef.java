package vn.dangvu.people.record;

import java.time.LocalDate;

/**
 * What the people module reads of a unit (decision 0201: through the published view
 * unit_ref).
 */
public record UnitRef(long id, String code, String kind, String name, String path, LocalDate closedOn) {

	public boolean isOpenOn(LocalDate day) {
		return this.closedOn == null || this.closedOn.isAfter(day);
	}

}
