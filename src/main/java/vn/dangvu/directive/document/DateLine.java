package vn.dangvu.directive.document;

import java.time.LocalDate;

/**
 * The place-and-date line of a Party document: "Hà Tĩnh, ngày 05 tháng 02 năm 2026". Days
 * below 10 and the months January and February take a leading zero (Hướng dẫn
 * 36-HD/VPTW), so that the date cannot be altered by adding a digit.
 */
final class DateLine {

	private DateLine() {
	}

	static String of(String place, LocalDate date) {
		String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
		int m = date.getMonthValue();
		String month = m <= 2 ? "0" + m : String.valueOf(m);
		String where = (place == null || place.isBlank()) ? "" : place.strip() + ", ";
		return where + "ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

}
