package vn.dangvu.meeting;

import java.math.BigDecimal;
import java.util.List;

/**
 * A held meeting scored on the score sheet in force: one line per criterion (scored from
 * the record with its reason, or by the committee by hand), the total and the grade (null
 * while a hand score is awaited), and an override by the committee above with its reason.
 */
public record ScoreCard(long meetingId, long sheetId, String sheetName, String sheetSource, List<Line> lines,
		BigDecimal total, BigDecimal maximum, MeetingGrade computed, MeetingGrade override, String overrideReason,
		BigDecimal goodMin, BigDecimal fairMin, BigDecimal averageMin) {

	/**
	 * One criterion: its points out of its maximum (null when a hand score is awaited);
	 * for an automatic one, whether the record proves it and why ({@code reasonKey} with
	 * its arguments).
	 */
	public record Line(String code, String labelVi, String labelEn, BigDecimal maximum, BigDecimal points,
			boolean automatic, boolean mustFull, String reasonKey, List<Object> reasonArgs) {

	}

	/** The grade that stands: the committee's override, else the computed one. */
	public MeetingGrade grade() {
		return (this.override != null) ? this.override : this.computed;
	}

	public boolean awaitingHandScores() {
		return this.lines.stream().anyMatch((l) -> l.points() == null);
	}

}
