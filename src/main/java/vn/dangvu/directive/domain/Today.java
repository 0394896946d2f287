package vn.dangvu.directive.domain;

import java.time.LocalDate;
import java.time.ZoneId;

import vn.dangvu.platform.time.VietnamTime;

/** Today's date where the Party works. */
public final class Today {

	public static final ZoneId ZONE = VietnamTime.ZONE;

	private Today() {
	}

}
