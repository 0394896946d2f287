package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.util.Map;

/** One row of {@code membership_event} as the status derivation needs it. */
public record LogEntry(long id, String type, LocalDate occurredOn, Long unitId, Long otherUnitId,
		Map<String, Object> details, Long correctsId) {

	public LogEntry {
		details = details == null ? Map.of() : details;
	}

	String text(String key) {
		Object v = this.details.get(key);
		return v == null ? null : v.toString();
	}

	LocalDate date(String key) {
		String v = text(key);
		return v == null || v.isBlank() ? null : LocalDate.parse(v);
	}

}
