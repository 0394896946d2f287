package vn.dangvu.meeting;

/** Planned, held (recorded) or cancelled with a reason. */
public enum MeetingState {

	PLANNED, HELD, CANCELLED

}
