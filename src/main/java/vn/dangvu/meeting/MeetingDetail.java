package vn.dangvu.meeting;

/**
 * A meeting with its score card (null before it is held) and what the caller may do with
 * it: change its plan ({@code mayWrite}), record it as held now ({@code mayRecord}: the
 * day has come, it is not cancelled and not graded yet), grade it ({@code mayGrade}).
 */
public record MeetingDetail(MeetingView meeting, ScoreCard score, boolean mayWrite, boolean mayRecord,
		boolean mayGrade) {

}
