package vn.dangvu.programme;

/**
 * How precisely an activity's deadline was given: a day, a month or a quarter (stored as
 * its last day).
 */
public enum DuePrecision {

	DAY, MONTH, QUARTER

}
