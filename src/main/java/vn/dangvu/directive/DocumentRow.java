package vn.dangvu.directive;

import java.time.LocalDate;

/** One line of a registry list or search. */
public record DocumentRow(long id, String citation, DocumentType type, String issuerCode, String issuerName,
		LocalDate issueDate, String summary, DocumentStatus status) {

}
