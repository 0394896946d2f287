package vn.dangvu.directive.document;

/** The template form as typed. */
class TemplateForm {

	private String superiorName = "";

	private String issuerName = "";

	private String onBehalf = "";

	private String signerTitle = "";

	private String signerName = "";

	private String place = "";

	private String recipients = "";

	private String opening = "";

	private String closing = "";

	private int fontSize = 14;

	private long version;

	static TemplateForm of(TemplateValues v) {
		TemplateForm f = new TemplateForm();
		f.superiorName = v.superiorName();
		f.issuerName = v.issuerName();
		f.onBehalf = v.onBehalf();
		f.signerTitle = v.signerTitle();
		f.signerName = v.signerName();
		f.place = v.place();
		f.recipients = v.recipients();
		f.opening = v.opening();
		f.closing = v.closing();
		f.fontSize = v.fontSize();
		f.version = v.version();
		return f;
	}

	TemplateValues toValues() {
		return new TemplateValues(nz(this.superiorName), nz(this.issuerName), nz(this.onBehalf), nz(this.signerTitle),
				nz(this.signerName), nz(this.place), nz(this.recipients).replace("\r\n", "\n"),
				nz(this.opening).replace("\r\n", "\n"), nz(this.closing).replace("\r\n", "\n"), this.fontSize, true,
				this.version);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
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

	public String getOpening() {
		return this.opening;
	}

	public void setOpening(String opening) {
		this.opening = opening;
	}

	public String getClosing() {
		return this.closing;
	}

	public void setClosing(String closing) {
		this.closing = closing;
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
