package vn.dangvu.meeting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * How the cells under a committee kept to the meeting rules in a month (decision 0227): a
 * regular meeting every month, a thematic one every quarter (Hướng dẫn 12-HD/BTCTW).
 *
 * @param month the month looked at
 * @param unit the committee (or a cell) whose subtree is looked at
 * @param cellsExpected the cells expected to meet that month: those that exist on at
 * least one day of it
 * @param cellsMet those of them that held their regular meeting (a thematic meeting does
 * not replace it)
 * @param notMet the cells expected that did not, in tree order
 * @param quarter the quarter of the month
 * @param thematicMissing the cells expected that month without a held thematic meeting in
 * the quarter (one in any month of it counts)
 * @param attendance members present of those expected at the month's held meetings
 * @param grades the held meetings of the year up to the month by grade
 */
public record MeetingCompliance(YearMonth month, Unit unit, int cellsExpected, int cellsMet, List<CellDue> notMet,
		Quarter quarter, List<CellDue> thematicMissing, Attendance attendance, Grades grades) {

	public MeetingCompliance {
		notMet = List.copyOf(notMet);
		thematicMissing = List.copyOf(thematicMissing);
	}

	/** The unit looked at. */
	public record Unit(long id, String name, String kind) {

	}

	/**
	 * A cell that owes a meeting: its secretaries (accounts granted the cell's secretary
	 * role), the meeting it planned for it but has not recorded as held (id and day, or
	 * null), and the days it was established and closed (a cell closed within the month
	 * is still expected that month).
	 */
	public record CellDue(long unitId, String name, List<String> secretaries, Long plannedMeetingId,
			LocalDate plannedOn, LocalDate establishedOn, LocalDate closedOn) {

		public CellDue {
			secretaries = List.copyOf(secretaries);
		}

	}

	/**
	 * The quarter of the month; {@code over} when it ended before today: a thematic
	 * meeting still missing is then missed ("thiếu"), before that only not held yet
	 * ("chưa có").
	 */
	public record Quarter(int year, int number, LocalDate from, LocalDate to, boolean over) {

	}

	/**
	 * Members present of those expected; {@code rate} in percent with one decimal, null
	 * when none was expected.
	 */
	public record Attendance(long expected, long present, BigDecimal rate) {

		public static Attendance of(long expected, long present) {
			return new Attendance(expected, present, (expected == 0) ? null
					: BigDecimal.valueOf(present * 100).divide(BigDecimal.valueOf(expected), 1, RoundingMode.HALF_UP));
		}

	}

	/** Held meetings from a day to another by grade (the override when there is one). */
	public record Grades(LocalDate from, LocalDate to, long good, long fair, long average, long poor, long ungraded) {

	}

}
