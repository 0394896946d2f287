package vn.dangvu.directive.document;

/**
 * The letterhead and signature fields a Party document and a unit's template share (bound
 * by the forms of both pages).
 */
abstract class LetterheadFields {

	String superiorName = "";

	String issuerName = "";

	String onBehalf = "";

	String signerTitle = "";

	String signerName = "";

	String place = "";

	String recipients = "";

	int fontSize = 14;

	long version;

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

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
