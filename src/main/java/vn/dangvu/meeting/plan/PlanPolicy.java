package vn.dangvu.meeting.plan;

import java.time.LocalDate;

import vn.dangvu.meeting.access.MeetingAccess.Cell;
import vn.dangvu.meeting.access.MeetingAccess.Head;
import vn.dangvu.platform.policy.Verdict;
import vn.dangvu.platform.time.PageDates;

/**
 * What a plan may hold: a meeting only while the cell exists; only planned meetings move.
 */
final class PlanPolicy {

	private PlanPolicy() {
	}

	static Verdict openOn(Cell cell, LocalDate day) {
		if (cell.closedOn() != null && !day.isBefore(cell.closedOn())) {
			return Verdict.reject("meeting.plan.closedCell", cell.name(), PageDates.format(cell.closedOn()));
		}
		if (cell.establishedOn() != null && day.isBefore(cell.establishedOn())) {
			return Verdict.reject("meeting.plan.beforeCell", cell.name(), PageDates.format(cell.establishedOn()));
		}
		return Verdict.ok();
	}

	static Verdict planned(Head head) {
		return "PLANNED".equals(head.state()) ? Verdict.ok() : Verdict.reject("meeting.plan.notPlanned").on("state");
	}

}
