package vn.dangvu.programme;

import java.time.OffsetDateTime;

/**
 * One recorded change of an adopted programme: its number, why, on which document or
 * meeting, by whom and when, and what was changed ({@code change}, e.g.
 * {@code TASK_UPDATE}); the structure before it is kept with it.
 */
public record ProgrammeAmendment(long id, int number, String change, String reason, Long documentId, Long meetingId,
		String recordedBy, OffsetDateTime recordedAt, int areasBefore, int tasksBefore, int activitiesBefore) {

}
