package vn.dangvu.directive.document;

import java.time.LocalDate;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.time.PageDates;

/** The draft form as typed (text), turned into a {@link DocumentDraft} by the page. */
class DocumentForm extends LetterheadFields {

	private Long unitId;

	private String type = DocumentType.PLAN.name();

	private String summary = "";

	private String body = "";

	private String date = "";

	private String implementsCitation = "";

	static DocumentForm of(DocumentDraft d, String implementsCitation, long version) {
		DocumentForm f = new DocumentForm();
		f.unitId = d.unitId();
		f.type = d.type().name();
		f.superiorName = d.superiorName();
		f.issuerName = d.issuerName();
		f.summary = d.summary();
		f.body = d.body();
		f.place = d.place();
		f.date = PageDates.format(d.date());
		f.onBehalf = d.onBehalf();
		f.signerTitle = d.signerTitle();
		f.signerName = d.signerName();
		f.recipients = d.recipients();
		f.fontSize = d.fontSize();
		f.implementsCitation = implementsCitation == null ? "" : implementsCitation;
		f.version = version;
		return f;
	}

	DocumentType documentType() {
		try {
			return this.type == null ? null : DocumentType.valueOf(this.type);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	LocalDate parsedDate() {
		try {
			return this.date == null || this.date.isBlank() ? null : PageDates.parse(this.date);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	DocumentDraft toDraft(Long implementsId) {
		return new DocumentDraft(this.unitId, documentType(), this.superiorName, this.issuerName, this.summary,
				this.body, this.place, parsedDate(), this.onBehalf, this.signerTitle, this.signerName, this.recipients,
				this.fontSize, implementsId);
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getType() {
		return this.type;
	}

	public void setType(String type) {
		this.type = type;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getImplementsCitation() {
		return this.implementsCitation;
	}

	public void setImplementsCitation(String implementsCitation) {
		this.implementsCitation = implementsCitation;
	}

}
