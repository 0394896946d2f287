package vn.dangvu.membership.log;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.dangvu.platform.time.VietnamTime;

/** Dates as the users read them (dd/MM/yyyy) and today in Vietnam. */
public final class Dates {

	public static final ZoneId ZONE = VietnamTime.ZONE;

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Dates() {
	}

	public static String format(LocalDate date) {
		return date == null ? "" : DMY.format(date);
	}

}
