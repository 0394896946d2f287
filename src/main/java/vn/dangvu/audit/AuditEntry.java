package vn.dangvu.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/** One recorded change, with the before and after states as maps. */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, String entityId,
		Long unitId, String unitName, Map<String, Object> before, Map<String, Object> after) {

	/** The moment as local time in Vietnam, for display. */
	public LocalDateTime occurredLocal() {
		return LocalDateTime.ofInstant(this.occurredAt, ZoneId.of("Asia/Ho_Chi_Minh"));
	}

}
