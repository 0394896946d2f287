package vn.dangvu.membership;

/** Where a person stands in the Party on a date, derived from the membership log. */
public enum Standing {

	/** No Party membership recorded (and no admission file under way). */
	NONE,
	/** An admission file is open (quần chúng ưu tú, người vào Đảng). */
	CANDIDATE,
	/** Admitted, in the 12 months of probation (đảng viên dự bị). */
	PROBATIONARY,
	/** Full member (đảng viên chính thức). */
	FULL,
	/** Transferred to a Party organisation outside the system. */
	TRANSFERRED_OUT,
	/** Struck off the list (xóa tên). */
	STRUCK_OFF,
	/** Expelled (khai trừ). */
	EXPELLED,
	/** Died. */
	DIED;

	/** Still a Party member (probationary or full). */
	public boolean isMember() {
		return this == PROBATIONARY || this == FULL;
	}

}
