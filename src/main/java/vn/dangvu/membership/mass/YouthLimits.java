package vn.dangvu.membership.mass;

/**
 * The Youth Union's age limits in force on a day, with the document of the maximum age.
 */
public record YouthLimits(int minAge, int maxAge, int maxAgeByWish, String source) {
}
