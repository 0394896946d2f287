package vn.dangvu.people;

import java.time.LocalDate;

/** What other modules may know of a person. */
public record PersonSummary(long id, String fullName, LocalDate birthDate, Sex sex, Long workUnitId, Long partyUnitId) {

}
