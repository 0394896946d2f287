package vn.dangvu.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * One meeting with everything recorded: attendance (the members expected that day),
 * agenda, documents to read, the resolution and its vote, and its scores and grade.
 *
 * @param version the optimistic version a change must quote
 * @param notifiedAt when the notice went to the expected members (null: not sent)
 * @param noticeCurrent the last notice told the meeting as it stands (nothing new to
 * send)
 */
public record MeetingView(long id, long unitId, String unitName, MeetingKind kind, String topic, LocalDate meetsOn,
		LocalTime startsAt, String place, MeetingState state, String cancelReason, LocalTime heldFrom, LocalTime heldTo,
		Long chairId, String chairName, Long secretaryId, String secretaryName, String guests, String resolution,
		Integer votesFor, Integer votesAgainst, Integer votesAbstain, int version, List<Attendance> attendance,
		List<AgendaItem> agenda, List<DocumentRef> documents, java.time.OffsetDateTime notifiedAt,
		Integer notifiedCount, boolean noticeCurrent) {

	/** One expected member's attendance. */
	public record Attendance(long personId, String fullName, boolean probationary, Presence presence, String reason,
			boolean spoke) {

	}

	/**
	 * An item of the agenda with its notes; {@code criticism} marks criticism and
	 * self-criticism.
	 */
	public record AgendaItem(int position, String title, String notes, boolean criticism) {

	}

	/** A registry document to read before the meeting. */
	public record DocumentRef(long documentId, String citation, String summary) {

	}

	public long presentCount() {
		return this.attendance.stream().filter((a) -> a.presence() == Presence.PRESENT).count();
	}

	public long count(Presence presence) {
		return this.attendance.stream().filter((a) -> a.presence() == presence).count();
	}

	/** Minutes between the actual start and end, or null. */
	public Long minutes() {
		return (this.heldFrom == null || this.heldTo == null) ? null
				: java.time.Duration.between(this.heldFrom, this.heldTo).toMinutes();
	}

}
