package vn.dangvu.directive.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the Party works. */
public final class Today {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private Today() {
	}

	public static LocalDate date() {
		return LocalDate.now(ZONE);
	}

}
