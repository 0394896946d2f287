package vn.dangvu.platform.time;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the users live in: every "today", due date and "as of" question is asked
 * in Asia/Ho_Chi_Minh, whatever the server's zone, of the application's injected
 * {@link Clock} (so that tests can set the date).
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	/** Today in Vietnam by the given clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

}
