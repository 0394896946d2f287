package vn.dangvu.membership;

import java.time.LocalDate;

/**
 * A person's Party standing on a date, derived from the membership log.
 *
 * @param cellId the cell the person belonged to on that date (null between a transfer out
 * and its confirmation, or when not a member)
 * @param inTransit sent by one cell and not yet confirmed by the next
 * @param inCellSince the day the person joined {@code cellId} (admission, transfer in or
 * first record)
 * @param admittedOn the admission ceremony (null when unknown)
 * @param probationEndsOn the end of probation (admission + 12 months), when known
 * @param fullOn the day full membership began, when known
 */
public record MemberStatus(long personId, LocalDate asOf, Standing standing, Long cellId, boolean inTransit,
		LocalDate inCellSince, LocalDate admittedOn, LocalDate probationEndsOn, LocalDate fullOn) {

	public boolean isMember() {
		return this.standing.isMember();
	}

	public boolean isFull() {
		return this.standing == Standing.FULL;
	}

}
