package vn.dangvu.membership;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a member's log, with the names of its units, for the timeline.
 *
 * @param voided a later CORRECTED event cancels it
 */
public record MemberEvent(long id, String membership, String type, LocalDate occurredOn, Long unitId, String unitName,
		Long otherUnitId, String otherUnitName, String documentNumber, LocalDate documentDate, String reason,
		Map<String, Object> details, Long correctsId, boolean voided, String recordedBy) {

}
