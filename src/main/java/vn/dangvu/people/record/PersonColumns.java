package vn.dangvu.people.record;

import java.util.HashMap;
import java.util.Map;

import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/** The named parameters of a person row, as the insert and the update write them. */
final class PersonColumns {

	private PersonColumns() {
	}

	static Map<String, Object> of(PersonDraft d, VietnameseName name) {
		Map<String, Object> p = new HashMap<>();
		p.put("fullName", d.fullName());
		p.put("family", name.family());
		p.put("middle", name.middle());
		p.put("given", name.given());
		p.put("searchText", VietnameseText.fold(d.fullName()) + " " + d.cccd());
		p.put("sortKey", name.sortKey());
		p.put("birthDate", d.birthDate());
		p.put("sex", d.sex().name());
		p.put("cccd", d.cccd());
		p.put("ethnicity", d.ethnicity());
		p.put("religion", nameOf(d.religion()));
		p.put("generalEducation", nameOf(d.generalEducation()));
		p.put("professionalLevel", nameOf(d.professionalLevel()));
		p.put("theoryLevel", nameOf(d.theoryLevel()));
		p.put("jobTitle", d.jobTitle());
		p.put("workUnitId", d.workUnitId());
		p.put("partyUnitId", d.partyUnitId());
		p.put("unionUnitId", d.unionUnitId());
		p.put("youthUnitId", d.youthUnitId());
		p.put("phone", d.phone());
		p.put("email", d.email());
		p.put("address", d.address());
		return p;
	}

	private static String nameOf(Enum<?> e) {
		return e == null ? null : e.name();
	}

}
