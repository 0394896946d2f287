package vn.dangvu.audit;

import java.time.LocalDate;

/**
 * Filters of the audit trail; every part may be null. Dates are inclusive, in Vietnam's
 * time zone; {@code unitId} means the unit and everything under it.
 */
public record AuditQuery(String actor, Long unitId, String entityType, String entityId, LocalDate from, LocalDate to) {

	public static AuditQuery none() {
		return new AuditQuery(null, null, null, null, null, null);
	}

}
