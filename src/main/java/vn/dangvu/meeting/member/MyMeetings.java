package vn.dangvu.meeting.member;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import vn.dangvu.meeting.MeetingKind;
import vn.dangvu.meeting.MeetingView;
import vn.dangvu.meeting.Presence;

/**
 * What a signed-in person sees of their own cell meetings: the next planned meetings of
 * their cell today, each with its agenda and the documents to read with the person's own
 * read marks, and the person's attendance of this year. Everything is empty for a caller
 * who is not a Party member today ({@code member} false).
 *
 * @param cellId the member's cell today (null while in transit between cells, or not a
 * member)
 */
public record MyMeetings(boolean member, Long cellId, String cellName, List<Upcoming> next, Attendance attendance) {

	public MyMeetings {
		next = List.copyOf(next);
	}

	static MyMeetings none(int year) {
		return new MyMeetings(false, null, null, List.of(), new Attendance(year, 0, 0, 0, 0, List.of()));
	}

	/**
	 * A planned meeting of the cell, today or later; an empty agenda is the usual one
	 * (the record starts from it).
	 *
	 * @param notifiedAt when the cell sent its notice (null: not yet)
	 */
	public record Upcoming(long id, MeetingKind kind, String topic, LocalDate meetsOn, LocalTime startsAt, String place,
			OffsetDateTime notifiedAt, List<MeetingView.AgendaItem> agenda, List<Document> documents) {

		public Upcoming {
			agenda = List.copyOf(agenda);
			documents = List.copyOf(documents);
		}

	}

	/**
	 * A document to read before the meeting; {@code citation} and {@code summary} are
	 * null for one the member may not open, {@code readAt} null until the member marks it
	 * read.
	 */
	public record Document(long documentId, String citation, String summary, Instant readAt) {

		public boolean read() {
			return this.readAt != null;
		}

	}

	/** The member's attendance at the held meetings of a year, newest first, counted. */
	public record Attendance(int year, int held, int present, int excused, int unexcused, List<Line> meetings) {

		public Attendance {
			meetings = List.copyOf(meetings);
		}

	}

	/** One held meeting and the member's presence at it (the reason when excused). */
	public record Line(long meetingId, LocalDate meetsOn, MeetingKind kind, String topic, String unitName,
			Presence presence, String reason) {

	}

}
