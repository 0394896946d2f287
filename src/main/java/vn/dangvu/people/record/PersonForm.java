package vn.dangvu.people.record;

import java.util.LinkedHashMap;
import java.util.Map;

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

	static PersonForm of(PersonDraft d, Long version) {
		PersonForm f = new PersonForm();
		f.fullName = d.fullName();
		f.birthDate = d.birthDate() == null ? null : PageDates.format(d.birthDate());
		f.sex = name(d.sex());
		f.cccd = d.cccd();
		f.ethnicity = d.ethnicity();
		f.religion = name(d.religion());
		f.generalEducation = name(d.generalEducation());
		f.professionalLevel = name(d.professionalLevel());
		f.theoryLevel = name(d.theoryLevel());
		f.jobTitle = d.jobTitle();
		f.workUnitId = text(d.workUnitId());
		f.partyUnitId = text(d.partyUnitId());
		f.unionUnitId = text(d.unionUnitId());
		f.youthUnitId = text(d.youthUnitId());
		f.phone = d.phone();
		f.email = d.email();
		f.address = d.address();
		f.version = version;
		return f;
	}

	/** Every field, for {@link vn.dangvu.people.record.PersonInput}. */
	Map<String, Object> values() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("fullName", this.fullName);
		m.put("birthDate", this.birthDate);
		m.put("sex", this.sex);
		m.put("cccd", this.cccd);
		m.put("ethnicity", this.ethnicity);
		m.put("religion", this.religion);
		m.put("generalEducation", this.generalEducation);
		m.put("professionalLevel", this.professionalLevel);
		m.put("theoryLevel", this.theoryLevel);
		m.put("jobTitle", this.jobTitle);
		m.put("workUnitId", this.workUnitId);
		m.put("partyUnitId", this.partyUnitId);
		m.put("unionUnitId", this.unionUnitId);
		m.put("youthUnitId", this.youthUnitId);
		m.put("phone", this.phone);
		m.put("email", this.email);
		m.put("address", this.address);
		return m;
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	private static String text(Long id) {
		return id == null ? null : id.toString();
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
