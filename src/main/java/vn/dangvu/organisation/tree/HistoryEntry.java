package vn.dangvu.organisation.tree;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One period of a unit's history: from {@code validFrom} (inclusive) to {@code validTo}
 * (exclusive, null while current), the name and parent it had, and the change that began
 * it.
 */
record HistoryEntry(long id, UnitChange change, LocalDate validFrom, LocalDate validTo, String name, String shortName,
		Long parentId, String parentName, String decisionRef, String note, OffsetDateTime recordedAt,
		String recordedBy) {

}
