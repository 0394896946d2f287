package vn.dangvu.meeting.plan;

import java.util.ArrayList;
import java.util.List;

/** The form of a new meeting, as typed (days dd/MM/yyyy, times HH:mm). */
class MeetingForm {

	private String kind = "REGULAR";

	private String topic;

	private String meetsOn;

	private String startsAt = "14:00";

	private String place;

	private List<Long> documentIds = new ArrayList<>();

	public String getKind() {
		return this.kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public String getMeetsOn() {
		return this.meetsOn;
	}

	public void setMeetsOn(String meetsOn) {
		this.meetsOn = meetsOn;
	}

	public String getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(String startsAt) {
		this.startsAt = startsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public List<Long> getDocumentIds() {
		return this.documentIds;
	}

	public void setDocumentIds(List<Long> documentIds) {
		this.documentIds = (documentIds == null) ? new ArrayList<>() : documentIds;
	}

}
