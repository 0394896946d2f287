package vn.dangvu.directive.document;

import java.time.LocalDate;

import vn.dangvu.directive.DocumentType;
import vn.dangvu.platform.time.PageDates;

/** The draft form as typed (text), turned into a {@link DocumentDraft} by the page. */
class DocumentForm {

	private Long unitId;

	private String type = DocumentType.PLAN.name();

	private String superiorName = "";

	private String issuerName = "";

	private String summary = "";

	private String body = "";

	private String place = "";

	private String date = "";

	private String onBehalf = "";

	private String signerTitle = "";

	private String signerName = "";

	private String recipients = "";

	private int fontSize = 14;

	private String implementsCitation = "";

	private long version;

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

	public String getSuperiorName() {
		return this.superiorName;
	}

	public void setSuperiorName(String superiorName) {
		this.superiorName = superiorName;
	}

	public String getIssuerName() {
		return this.issuerName;
	}

	public void setIssuerName(String issuerName) {
		this.issuerName = issuerName;
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

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getDate() {
		return this.date;
	}

	public void setDate(String date) {
		this.date = date;
	}

	public String getOnBehalf() {
		return this.onBehalf;
	}

	public void setOnBehalf(String onBehalf) {
		this.onBehalf = onBehalf;
	}

	public String getSignerTitle() {
		return this.signerTitle;
	}

	public void setSignerTitle(String signerTitle) {
		this.signerTitle = signerTitle;
	}

	public String getSignerName() {
		return this.signerName;
	}

	public void setSignerName(String signerName) {
		this.signerName = signerName;
	}

	public String getRecipients() {
		return this.recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	public int getFontSize() {
		return this.fontSize;
	}

	public void setFontSize(int fontSize) {
		this.fontSize = fontSize;
	}

	public String getImplementsCitation() {
		return this.implementsCitation;
	}

	public void setImplementsCitation(String implementsCitation) {
		this.implementsCitation = implementsCitation;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
