package vn.dangvu.rules;

/**
 * A year whose holidays have been entered, the notice that set them and whether it is
 * final.
 */
public record CalendarYear(int year, boolean confirmed, String source, String note) {

}
