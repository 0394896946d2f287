package vn.dangvu.directive.document;

import java.time.LocalDate;

import vn.dangvu.directive.DocumentType;

/** One line of the documents list. */
record PartyDocumentRow(long id, String unitName, DocumentType type, PartyDocument.Status status, String citation,
		String summary, LocalDate date) {

	public boolean isDraft() {
		return this.status == PartyDocument.Status.DRAFT;
	}

}
