package vn.dangvu.meeting.record;

import java.time.LocalTime;
import java.util.List;

import vn.dangvu.meeting.Presence;

/**
 * What a secretary records of a held meeting. Quick entry: every expected member is
 * present unless listed in {@code absences}; {@code speakers} are the members who spoke.
 *
 * @param version the version the secretary read (a stale one is refused, 409)
 * @param reason why minutes already signed are changed (required then, decision 0226)
 */
public record HeldRecord(Integer version, LocalTime heldFrom, LocalTime heldTo, Long chairId, Long secretaryId,
		String guests, List<Absence> absences, List<Long> speakers, List<Agenda> agenda, String resolution,
		Integer votesFor, Integer votesAgainst, Integer votesAbstain, String reason) {

	/** An expected member who was not there, with or without a reason. */
	public record Absence(Long personId, Presence presence, String reason) {

	}

	/** An item of the agenda. */
	public record Agenda(String title, String notes, Boolean criticism) {

	}

}
