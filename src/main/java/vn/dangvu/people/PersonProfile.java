package vn.dangvu.people;

import java.time.LocalDate;

/**
 * What the membership rules need to know of a person.
 *
 * @param generalEducation the schooling code ({@code GRADE_9_12}, {@code GRADE_12_12},
 * {@code GRADE_7_10}, {@code GRADE_10_10}, {@code GRADE_5_12}) or null when not recorded
 */
public record PersonProfile(long id, String fullName, LocalDate birthDate, Sex sex, String cccd,
		String generalEducation, String jobTitle, Long workUnitId, Long partyUnitId, Long unionUnitId,
		Long youthUnitId) {

}
