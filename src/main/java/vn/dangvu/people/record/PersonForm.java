package vn.dangvu.people.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.DirectFieldAccessor;

import vn.dangvu.platform.time.PageDates;

/** The person form as typed: text only, so that nothing fails while binding. */
class PersonForm {

	private String fullName;

	private String birthDate;

	private String sex;

	private String cccd;

	private String ethnicity;

	private String religion;

	private String generalEducation;

	private String professionalLevel;

	private String theoryLevel;

	private String jobTitle;

	private String workUnitId;

	private String partyUnitId;

	private String unionUnitId;

	private String youthUnitId;

	private String phone;

	private String email;

	private String address;

	private Long version;

	/** The form's fields that a draft has, in the draft's order (all but the version). */
	private static final List<String> DRAFT_FIELDS = List.copyOf(PersonDraft.empty().auditMap().keySet());

	static PersonForm of(PersonDraft d, Long version) {
		PersonForm f = new PersonForm();
		DirectFieldAccessor fields = new DirectFieldAccessor(f);
		d.auditMap()
			.forEach((field, value) -> fields.setPropertyValue(field, (value != null) ? value.toString() : null));
		f.birthDate = (d.birthDate() != null) ? PageDates.format(d.birthDate()) : null;
		f.version = version;
		return f;
	}

	/** Every field, for {@link vn.dangvu.people.record.PersonInput}. */
	Map<String, Object> values() {
		DirectFieldAccessor fields = new DirectFieldAccessor(this);
		Map<String, Object> m = new LinkedHashMap<>();
		DRAFT_FIELDS.forEach((field) -> m.put(field, fields.getPropertyValue(field)));
		return m;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(String birthDate) {
		this.birthDate = birthDate;
	}

	public String getSex() {
		return this.sex;
	}

	public void setSex(String sex) {
		this.sex = sex;
	}

	public String getCccd() {
		return this.cccd;
	}

	public void setCccd(String cccd) {
		this.cccd = cccd;
	}

	public String getEthnicity() {
		return this.ethnicity;
	}

	public void setEthnicity(String ethnicity) {
		this.ethnicity = ethnicity;
	}

	public String getReligion() {
		return this.religion;
	}

	public void setReligion(String religion) {
		this.religion = religion;
	}

	public String getGeneralEducation() {
		return this.generalEducation;
	}

	public void setGeneralEducation(String generalEducation) {
		this.generalEducation = generalEducation;
	}

	public String getProfessionalLevel() {
		return this.professionalLevel;
	}

	public void setProfessionalLevel(String professionalLevel) {
		this.professionalLevel = professionalLevel;
	}

	public String getTheoryLevel() {
		return this.theoryLevel;
	}

	public void setTheoryLevel(String theoryLevel) {
		this.theoryLevel = theoryLevel;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public String getWorkUnitId() {
		return this.workUnitId;
	}

	public void setWorkUnitId(String workUnitId) {
		this.workUnitId = workUnitId;
	}

	public String getPartyUnitId() {
		return this.partyUnitId;
	}

	public void setPartyUnitId(String partyUnitId) {
		this.partyUnitId = partyUnitId;
	}

	public String getUnionUnitId() {
		return this.unionUnitId;
	}

	public void setUnionUnitId(String unionUnitId) {
		this.unionUnitId = unionUnitId;
	}

	public String getYouthUnitId() {
		return this.youthUnitId;
	}

	public void setYouthUnitId(String youthUnitId) {
		this.youthUnitId = youthUnitId;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
