package vn.dangvu.meeting;

/** A member's attendance: present, absent with a reason, absent without one. */
public enum Presence {

	PRESENT, EXCUSED, UNEXCUSED;

	public boolean absent() {
		return this != PRESENT;
	}

}
