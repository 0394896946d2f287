package vn.dangvu.directive.document;

/** The template form as typed. */
class TemplateForm extends LetterheadFields {

	private String opening = "";

	private String closing = "";

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

}
