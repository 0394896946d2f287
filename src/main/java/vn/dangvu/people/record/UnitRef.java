package vn.dangvu.people.record;

import java.time.LocalDate;

/**
 * What the people module reads of a unit (decision 0003: org_unit is a read contract).
 */
public record UnitRef(long id, String code, String kind, String name, String path, LocalDate closedOn) {

	public boolean isOpenOn(LocalDate day) {
		return this.closedOn == null || this.closedOn.isAfter(day);
	}

}
