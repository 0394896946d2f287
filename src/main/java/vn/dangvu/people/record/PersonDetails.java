package vn.dangvu.people.record;

import java.time.LocalDate;
import java.util.List;

/** Everything the person page shows: the data, the units by name and the history. */
public record PersonDetails(long id, long version, PersonDraft data, UnitRef workUnit, UnitRef partyUnit,
		UnitRef unionUnit, UnitRef youthUnit, List<Affiliation> history, boolean editable) {

	public record Affiliation(AffiliationKind kind, long unitId, String unitName, LocalDate validFrom,
			LocalDate validTo, String reason) {
	}

}
