package vn.dangvu.meeting;

import java.util.List;

/**
 * A meeting with its score card (null before it is held) and what the caller may do with
 * it: change its plan ({@code mayWrite}), record it as held now ({@code mayRecord}: the
 * day has come, it is not cancelled and not graded yet), grade it ({@code mayGrade}),
 * sign its minutes ({@code maySign}: held and not signed yet); and the signed versions of
 * its minutes, oldest first (empty while unsigned).
 */
public record MeetingDetail(MeetingView meeting, ScoreCard score, boolean mayWrite, boolean mayRecord, boolean mayGrade,
		boolean maySign, List<MinutesVersion> minutesVersions) {

	/** The latest signed version, or null while the minutes are unsigned. */
	public MinutesVersion signedMinutes() {
		return this.minutesVersions.isEmpty() ? null : this.minutesVersions.get(this.minutesVersions.size() - 1);
	}

}
