package vn.dangvu.meeting.oversight;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.dangvu.meeting.MeetingCompliance;

/**
 * The committee's dashboard of a month (decision 0227): the month's compliance and
 * attendance over the twelve months up to it. The members who missed meetings repeatedly
 * in the year up to it ({@link Absentee}) are read apart: the page loads them after the
 * month.
 */
record Oversight(MeetingCompliance compliance, List<MonthAttendance> series) {

	/**
	 * Members expected and present at the held meetings of a month; rate null when none.
	 */
	record MonthAttendance(YearMonth month, long expected, long present, BigDecimal rate) {

	}

	/**
	 * A member who missed {@link MeetingOversight#RUN_AT_LEAST} or more of the cell's
	 * held meetings in a row, or any without a reason: the longest run, every absence,
	 * those without a reason, the last meeting missed.
	 */
	record Absentee(long unitId, String unitName, long personId, String fullName, int longestRun, int absences,
			int unexcused, long lastMeetingId, LocalDate lastOn) {

	}

}
