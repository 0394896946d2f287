package vn.dangvu.directive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A directive assigned to a member's cell for study, with when the member read and
 * studied it.
 */
public record StudyItem(long documentId, String citation, String summary, LocalDate issueDate, LocalDate assignedOn,
		Instant readAt, Instant studiedAt) {

}
