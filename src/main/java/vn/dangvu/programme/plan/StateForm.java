package vn.dangvu.programme.plan;

/** The adoption or the closing of a programme as typed on its page. */
class StateForm {

	private String documentId;

	private String meetingId;

	private String adoptedOn;

	private String closedOn;

	private String version;

	public String getDocumentId() {
		return this.documentId;
	}

	public void setDocumentId(String documentId) {
		this.documentId = documentId;
	}

	public String getMeetingId() {
		return this.meetingId;
	}

	public void setMeetingId(String meetingId) {
		this.meetingId = meetingId;
	}

	public String getAdoptedOn() {
		return this.adoptedOn;
	}

	public void setAdoptedOn(String adoptedOn) {
		this.adoptedOn = adoptedOn;
	}

	public String getClosedOn() {
		return this.closedOn;
	}

	public void setClosedOn(String closedOn) {
		this.closedOn = closedOn;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
