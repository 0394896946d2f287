package vn.dangvu.people.record;

import java.util.HashMap;
import java.util.Map;

import vn.dangvu.platform.text.VietnameseName;
import vn.dangvu.platform.text.VietnameseText;

/** The named parameters of a person row, as the insert and the update write them. */
final class PersonColumns {

	private PersonColumns() {
	}

	/**
	 * The draft's fields as the audit names them, the birth date as a date, and the
	 * name's parts, search text and sort key.
	 */
	static Map<String, Object> of(PersonDraft d, VietnameseName name) {
		Map<String, Object> p = new HashMap<>(d.auditMap());
		p.put("birthDate", d.birthDate());
		p.put("family", name.family());
		p.put("middle", name.middle());
		p.put("given", name.given());
		p.put("searchText", VietnameseText.fold(d.fullName()) + " " + d.cccd());
		p.put("sortKey", name.sortKey());
		return p;
	}

}
