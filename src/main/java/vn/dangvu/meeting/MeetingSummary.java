package vn.dangvu.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting in a list: its cell, day, kind, state and, once held, its attendance and
 * grade (null until graded).
 */
public record MeetingSummary(long id, long unitId, String unitName, MeetingKind kind, String topic, LocalDate meetsOn,
		LocalTime startsAt, String place, MeetingState state, int expected, int present, MeetingGrade grade) {

	/**
	 * Present members in percent of those expected, or null before the meeting is held.
	 */
	public Integer attendancePercent() {
		return (this.state != MeetingState.HELD || this.expected == 0) ? null : this.present * 100 / this.expected;
	}

}
