package vn.dangvu.membership.mass;

import java.time.LocalDate;

/**
 * One member of a Youth Union branch or union unit.
 *
 * @param joinedOn the last joining or transfer in (shown for the union)
 */
public record MassMember(long id, String fullName, LocalDate birthDate, String jobTitle, LocalDate joinedOn) {
}
