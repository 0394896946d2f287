package vn.dangvu.people;

/**
 * Head counts within a scope, for dashboards.
 *
 * @param youthOverAge youth members older than 30 today, who should leave the Youth Union
 * (trưởng thành Đoàn)
 */
public record PeopleCounts(long total, long partyMembers, long unionMembers, long youthMembers, long youthOverAge) {

}
