package vn.dangvu.membership.mass;

import java.time.LocalDate;

/** A Youth Union member past the age limit on a day, with any recorded stay. */
public record YouthCandidate(long personId, String fullName, LocalDate birthDate, int age, long unitId, String unitName,
		String stayKind, String stayReason, YouthAge.Standing standing) {
}
