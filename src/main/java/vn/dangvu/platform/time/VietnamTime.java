package vn.dangvu.platform.time;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar the users live in: every "today", due date and "as of" question is asked
 * in Asia/Ho_Chi_Minh, whatever the server's zone.
 */
public final class VietnamTime {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private VietnamTime() {
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

}
