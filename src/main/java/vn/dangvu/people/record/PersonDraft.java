package vn.dangvu.people.record;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dangvu.people.Sex;

/**
 * What a form, an API call or an import row says about a person, already parsed into
 * types; the rules in {@link PersonRules} decide whether it may be saved.
 */
public record PersonDraft(String fullName, LocalDate birthDate, Sex sex, String cccd, String ethnicity,
		Religion religion, GeneralEducation generalEducation, ProfessionalLevel professionalLevel,
		TheoryLevel theoryLevel, String jobTitle, Long workUnitId, Long partyUnitId, Long unionUnitId, Long youthUnitId,
		String phone, String email, String address) {

	public static PersonDraft empty() {
		return new PersonDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/** The state as the audit stores it (null values kept, dates as ISO text). */
	public Map<String, Object> auditMap() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("fullName", this.fullName);
		m.put("birthDate", this.birthDate == null ? null : this.birthDate.toString());
		m.put("sex", this.sex == null ? null : this.sex.name());
		m.put("cccd", this.cccd);
		m.put("ethnicity", this.ethnicity);
		m.put("religion", name(this.religion));
		m.put("generalEducation", name(this.generalEducation));
		m.put("professionalLevel", name(this.professionalLevel));
		m.put("theoryLevel", name(this.theoryLevel));
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

	/** The unit of one kind of belonging. */
	public Long unitOf(AffiliationKind kind) {
		return switch (kind) {
			case WORK -> this.workUnitId;
			case PARTY -> this.partyUnitId;
			case UNION -> this.unionUnitId;
			case YOUTH -> this.youthUnitId;
		};
	}

}
