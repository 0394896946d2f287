package vn.dangvu.programme;

/**
 * The period a programme covers: a calendar year, one half of a year, or a congress term
 * (e.g. 2020–2025).
 */
public enum PeriodKind {

	YEAR, HALF, TERM

}
