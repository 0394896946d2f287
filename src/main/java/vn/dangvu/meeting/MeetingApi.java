package vn.dangvu.meeting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;

import vn.dangvu.meeting.absence.AbsenceFlags;
import vn.dangvu.meeting.oversight.MeetingOversight;
import vn.dangvu.meeting.plan.MeetingDetails;
import vn.dangvu.meeting.plan.MeetingQueries;
import vn.dangvu.platform.security.Caller;

/**
 * The meeting module's public face: the meetings of a cell or a scope, one meeting with
 * its grade, and how a committee's cells kept to the meeting rules in a month, for
 * reporting and dashboards. It only delegates.
 */
@Service
@RequiredArgsConstructor
public class MeetingApi {

	private final MeetingQueries queries;

	private final MeetingDetails details;

	private final AbsenceFlags absences;

	private final MeetingOversight oversight;

	/** The meetings between two days of one cell, or of every cell the caller sees. */
	public MeetingPage meetings(Long unitId, LocalDate from, LocalDate to, int page, int size, Caller caller) {
		return this.queries.list(unitId, from, to, page, size, caller);
	}

	/** A cell's meetings of one year, by day. */
	public List<MeetingSummary> year(long unitId, int year, Caller caller) {
		return this.queries.year(unitId, year, caller);
	}

	public MeetingDetail detail(long meetingId, Caller caller) {
		return this.details.detail(meetingId, caller);
	}

	/**
	 * The members of a cell who missed meetings without a reason in a year (up to a day),
	 * with the striking-off rule's pattern: for whoever records the cell's meetings.
	 */
	public List<AbsenceFlag> absences(long cellId, int year, LocalDate today, Caller caller) {
		return this.absences.ofCell(cellId, year, today, caller);
	}

	/**
	 * How the cells under a unit (null: the caller's own) kept to the meeting rules in a
	 * month (null: this month); administrators and committee offices only.
	 */
	public MeetingCompliance compliance(Long unitId, YearMonth month, Caller caller) {
		return this.oversight.compliance(unitId, month, caller);
	}

}
