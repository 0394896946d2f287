package vn.dangvu.people.domain;

/**
 * List filter by belonging: Party members, union members, youth members, non-Party staff.
 */
public enum MembershipKind {

	PARTY("p.party_unit_id is not null"), UNION("p.union_unit_id is not null"), YOUTH("p.youth_unit_id is not null"),
	NON_PARTY("p.party_unit_id is null");

	final String condition;

	MembershipKind(String condition) {
		this.condition = condition;
	}

}
