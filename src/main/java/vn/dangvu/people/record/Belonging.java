package vn.dangvu.people.record;

/**
 * List filter by belonging: Party members, union members, youth members, non-Party staff.
 * Not {@link vn.dangvu.people.MembershipKind}: that names the three memberships whose
 * unit another module keeps on the record; this one filters lists and has NON_PARTY
 * (decision 0211).
 */
public enum Belonging {

	PARTY("p.party_unit_id is not null", "s.party_member"), UNION("p.union_unit_id is not null", "s.union_member"),
	YOUTH("p.youth_unit_id is not null", "s.youth_member"), NON_PARTY("p.party_unit_id is null", "not s.party_member");

	/** On {@code person p}. */
	final String condition;

	/** The same on the {@code person_scope s} read model. */
	final String scopeCondition;

	Belonging(String condition, String scopeCondition) {
		this.condition = condition;
		this.scopeCondition = scopeCondition;
	}

}
