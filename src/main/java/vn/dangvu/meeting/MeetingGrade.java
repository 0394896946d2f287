package vn.dangvu.meeting;

/** Tốt, Khá, Trung bình, Kém. */
public enum MeetingGrade {

	GOOD, FAIR, AVERAGE, POOR

}
