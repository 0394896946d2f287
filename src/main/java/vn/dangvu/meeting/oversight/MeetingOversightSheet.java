package vn.dangvu.meeting.oversight;

import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.dangvu.meeting.MeetingCompliance;
import vn.dangvu.meeting.MeetingCompliance.CellDue;
import vn.dangvu.platform.table.SheetWriter;
import vn.dangvu.platform.text.Messages;
import vn.dangvu.platform.time.PageDates;

/**
 * The oversight dashboard as an XLSX workbook, one sheet per section (the summary, cells
 * that have not met, thematic meetings owed, attendance by month, grades, repeated
 * absences), every row of each list, through the one writer of exports
 * ({@link SheetWriter}).
 */
@Component
@RequiredArgsConstructor
class MeetingOversightSheet {

	private final Messages messages;

	ResponseEntity<byte[]> write(Oversight o, List<Oversight.Absentee> absentees, LocalDate today) {
		MeetingCompliance c = o.compliance();
		try (SheetWriter sheet = SheetWriter.open(text("meeting.oversight.sheet.summary"))) {
			summary(sheet, c, today);
			cells(sheet.sheet(text("meeting.oversight.sheet.notMet")), c.notMet());
			thematic(sheet.sheet(text("meeting.oversight.sheet.thematic")), c);
			attendance(sheet.sheet(text("meeting.oversight.sheet.attendance")), o.series());
			grades(sheet.sheet(text("meeting.oversight.sheet.grades")), c.grades());
			absentees(sheet.sheet(text("meeting.oversight.sheet.absences")), absentees);
			return sheet.entity("theo-doi-sinh-hoat-" + c.unit().id() + "-" + c.month() + ".xlsx");
		}
	}

	private void summary(SheetWriter sheet, MeetingCompliance c, LocalDate today) {
		sheet.title(text("meeting.oversight.sheet.title", c.unit().name(), PageDates.format(c.month())));
		sheet.row().text(text("meeting.oversight.sheet.madeOn", PageDates.format(today)));
		sheet.skip();
		sheet.row().text(text("meeting.oversight.expected")).number(c.cellsExpected());
		sheet.row().text(text("meeting.oversight.met")).number(c.cellsMet());
		sheet.row().text(text("meeting.oversight.notMet.count")).number(c.notMet().size());
		sheet.row()
			.text(text("meeting.oversight.thematic.count", c.quarter().number(), String.valueOf(c.quarter().year())))
			.number(c.thematicMissing().size());
		sheet.row().text(text("meeting.oversight.attendance.month")).number(c.attendance().rate());
		sheet.widths(60, 14);
	}

	private void cells(SheetWriter sheet, List<CellDue> cells) {
		sheet
			.header(text("meeting.oversight.col.no"), text("meeting.cell"), text("meeting.oversight.secretary"),
					text("meeting.oversight.plannedOn"), text("meeting.oversight.establishedOn"),
					text("meeting.oversight.closedOn"))
			.freezeAbove();
		int no = 1;
		for (CellDue cell : cells) {
			sheet.row()
				.number(no++)
				.text(cell.name())
				.text(String.join(", ", cell.secretaries()))
				.day(cell.plannedOn())
				.day(cell.establishedOn())
				.day(cell.closedOn());
		}
		sheet.widths(6, 48, 32, 16, 14, 14);
	}

	private void thematic(SheetWriter sheet, MeetingCompliance c) {
		MeetingCompliance.Quarter q = c.quarter();
		sheet.title(text("meeting.oversight.thematic.title", q.number(), String.valueOf(q.year()),
				PageDates.format(q.from()), PageDates.format(q.to())));
		sheet
			.header(text("meeting.oversight.col.no"), text("meeting.cell"), text("meeting.oversight.secretary"),
					text("meeting.oversight.state"), text("meeting.oversight.plannedOn"))
			.freezeAbove();
		String state = text(q.over() ? "meeting.oversight.thematic.missing" : "meeting.oversight.thematic.notYet");
		int no = 1;
		for (CellDue cell : c.thematicMissing()) {
			sheet.row()
				.number(no++)
				.text(cell.name())
				.text(String.join(", ", cell.secretaries()))
				.text(state)
				.day(cell.plannedOn());
		}
		sheet.widths(6, 48, 32, 16, 16);
	}

	private void attendance(SheetWriter sheet, List<Oversight.MonthAttendance> series) {
		sheet
			.header(text("meeting.oversight.col.month"), text("meeting.oversight.col.expected"),
					text("meeting.oversight.col.present"), text("meeting.oversight.col.rate"))
			.freezeAbove();
		for (Oversight.MonthAttendance m : series) {
			sheet.row().text(PageDates.format(m.month())).number(m.expected()).number(m.present()).number(m.rate());
		}
		sheet.widths(12, 14, 14, 12);
	}

	private void grades(SheetWriter sheet, MeetingCompliance.Grades g) {
		sheet.title(text("meeting.oversight.grades.period", PageDates.format(g.from()), PageDates.format(g.to())));
		sheet.header(text("meeting.grade"), text("meeting.oversight.col.meetings")).freezeAbove();
		sheet.row().text(text("meeting.grade.GOOD")).number(g.good());
		sheet.row().text(text("meeting.grade.FAIR")).number(g.fair());
		sheet.row().text(text("meeting.grade.AVERAGE")).number(g.average());
		sheet.row().text(text("meeting.grade.POOR")).number(g.poor());
		sheet.row().text(text("meeting.oversight.ungraded")).number(g.ungraded());
		sheet.widths(24, 12);
	}

	private void absentees(SheetWriter sheet, List<Oversight.Absentee> absentees) {
		sheet
			.header(text("meeting.oversight.col.no"), text("meeting.oversight.member"), text("meeting.cell"),
					text("meeting.oversight.longestRun"), text("meeting.oversight.absences"),
					text("meeting.oversight.unexcused"), text("meeting.oversight.lastAbsence"))
			.freezeAbove();
		int no = 1;
		for (Oversight.Absentee a : absentees) {
			sheet.row()
				.number(no++)
				.text(a.fullName())
				.text(a.unitName())
				.number(a.longestRun())
				.number(a.absences())
				.number(a.unexcused())
				.day(a.lastOn());
		}
		sheet.widths(6, 32, 40, 14, 12, 14, 14);
	}

	private String text(String key, Object... args) {
		return this.messages.text(key, args);
	}

}
