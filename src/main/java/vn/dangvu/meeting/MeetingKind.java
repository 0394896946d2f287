package vn.dangvu.meeting;

/** A regular monthly meeting or a thematic one (at least once a quarter). */
public enum MeetingKind {

	REGULAR, THEMATIC

}
