package vn.dangvu.membership.mass;

/** Maturations in one year. */
public record YearCount(int year, long count) {
}
