package vn.dangvu.programme.plan;

/** A programme's head as typed on its form (days dd/MM/yyyy). */
class ProgrammeForm {

	private String unitId;

	private String kind = "PARTY_ANNUAL";

	private String title;

	private String periodKind = "YEAR";

	private String startsOn;

	private String endsOn;

	private String resolutionDocumentId;

	private String rollUp = "EQUAL";

	private String version;

	private String amendmentReason;

	private String amendmentDocumentId;

	public String getUnitId() {
		return this.unitId;
	}

	public void setUnitId(String unitId) {
		this.unitId = unitId;
	}

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPeriodKind() {
		return this.periodKind;
	}

	public void setPeriodKind(String periodKind) {
		this.periodKind = periodKind;
	}

	public String getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(String startsOn) {
		this.startsOn = startsOn;
	}

	public String getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(String endsOn) {
		this.endsOn = endsOn;
	}

	public String getResolutionDocumentId() {
		return this.resolutionDocumentId;
	}

	public void setResolutionDocumentId(String resolutionDocumentId) {
		this.resolutionDocumentId = resolutionDocumentId;
	}

	public String getRollUp() {
		return this.rollUp;
	}

	public void setRollUp(String rollUp) {
		this.rollUp = rollUp;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

	public String getAmendmentReason() {
		return this.amendmentReason;
	}

	public void setAmendmentReason(String amendmentReason) {
		this.amendmentReason = amendmentReason;
	}

	public String getAmendmentDocumentId() {
		return this.amendmentDocumentId;
	}

	public void setAmendmentDocumentId(String amendmentDocumentId) {
		this.amendmentDocumentId = amendmentDocumentId;
	}

}
