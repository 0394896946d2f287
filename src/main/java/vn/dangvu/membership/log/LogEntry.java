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
		return v == null || v.isBlank() ? null : isoDate(v);
	}

	/**
	 * {@code LocalDate.parse} of an ISO date, without the formatter for the usual
	 * {@code yyyy-MM-dd} (the status of a list folds every log, and every baseline has
	 * its dates).
	 */
	static LocalDate isoDate(String v) {
		if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
			int year = digits(v, 0, 4);
			int month = digits(v, 5, 7);
			int day = digits(v, 8, 10);
			if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
				return LocalDate.of(year, month, day);
			}
		}
		return LocalDate.parse(v);
	}

	/** The number written by the characters from..to, or -1 when one is not a digit. */
	private static int digits(String v, int from, int to) {
		int n = 0;
		for (int i = from; i < to; i++) {
			char c = v.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			n = n * 10 + (c - '0');
		}
		return n;
	}

}
