package vn.dangvu.directive.document;

import java.time.LocalDate;

import vn.dangvu.directive.DocumentType;

/** What a person writes in a Party-format document before it is issued. */
record DocumentDraft(Long unitId, DocumentType type, String superiorName, String issuerName, String summary,
		String body, String place, LocalDate date, String onBehalf, String signerTitle, String signerName,
		String recipients, int fontSize, Long implementsId) {

}
