package vn.dangvu.directive.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import vn.dangvu.directive.DocumentType;

/** A drafted or issued Party-format document as read from {@code party_doc}. */
record PartyDocument(long id, long unitId, String unitName, long issuerId, String issuerCode, DocumentType type,
		Status status, String superiorName, String issuerName, String summary, String body, String place,
		LocalDate date, String onBehalf, String signerTitle, String signerName, String recipients, int fontSize,
		Long implementsId, String implementsCitation, Integer number, String citation, Long registryId,
		OffsetDateTime issuedAt, String issuedBy, long version) {

	enum Status {

		DRAFT, ISSUED

	}

	public boolean isDraft() {
		return this.status == Status.DRAFT;
	}

	/** The fields a person writes, as a draft to edit or to copy into a correction. */
	DocumentDraft toDraft() {
		return new DocumentDraft(this.unitId, this.type, this.superiorName, this.issuerName, this.summary, this.body,
				this.place, this.date, this.onBehalf, this.signerTitle, this.signerName, this.recipients, this.fontSize,
				this.implementsId);
	}

}
