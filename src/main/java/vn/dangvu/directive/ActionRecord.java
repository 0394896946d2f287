package vn.dangvu.directive;

import java.time.LocalDate;

/**
 * What a unit did for one required action: the date; for dissemination the attendance
 * (present of total); for a plan or a review the registered document (a plan is linked as
 * implementing the directive) or an attachment of the directive; a note.
 */
public record ActionRecord(LocalDate doneOn, Integer present, Integer total, Long reportDocumentId, Long attachmentId,
		String note) {

}
