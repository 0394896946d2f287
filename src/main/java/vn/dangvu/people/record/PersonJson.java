package vn.dangvu.people.record;

import java.time.LocalDate;

import vn.dangvu.people.Sex;

/** A person as the API returns it; catalogue values are their code names. */
record PersonJson(long id, long version, String fullName, LocalDate birthDate, Sex sex, String cccd, String ethnicity,
		String religion, String generalEducation, String professionalLevel, String theoryLevel, String jobTitle,
		Long workUnitId, String workUnitName, Long partyUnitId, String partyUnitName, Long unionUnitId,
		String unionUnitName, Long youthUnitId, String youthUnitName, String phone, String email, String address) {

	static PersonJson of(PersonDetails p) {
		var d = p.data();
		return new PersonJson(p.id(), p.version(), d.fullName(), d.birthDate(), d.sex(), d.cccd(), d.ethnicity(),
				name(d.religion()), name(d.generalEducation()), name(d.professionalLevel()), name(d.theoryLevel()),
				d.jobTitle(), d.workUnitId(), unitName(p.workUnit()), d.partyUnitId(), unitName(p.partyUnit()),
				d.unionUnitId(), unitName(p.unionUnit()), d.youthUnitId(), unitName(p.youthUnit()), d.phone(),
				d.email(), d.address());
	}

	private static String name(Enum<?> e) {
		return e == null ? null : e.name();
	}

	private static String unitName(UnitRef u) {
		return u == null ? null : u.name();
	}

}
