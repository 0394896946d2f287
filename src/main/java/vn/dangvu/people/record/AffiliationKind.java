package vn.dangvu.people.record;

import java.util.Set;

/**
 * The four ways a person belongs to a unit, the form field for each and the unit kinds it
 * accepts (empty = any kind).
 */
public enum AffiliationKind {

	WORK("workUnitId", "work_unit_id", Set.of()), PARTY("partyUnitId", "party_unit_id", Set.of("CELL")),
	UNION("unionUnitId", "union_unit_id", Set.of("TRADE_UNION", "UNION_BRANCH")),
	YOUTH("youthUnitId", "youth_unit_id", Set.of("YOUTH_UNION", "YOUTH_BRANCH"));

	private final String field;

	private final String column;

	private final Set<String> unitKinds;

	AffiliationKind(String field, String column, Set<String> unitKinds) {
		this.field = field;
		this.column = column;
		this.unitKinds = unitKinds;
	}

	public String field() {
		return this.field;
	}

	String column() {
		return this.column;
	}

	public Set<String> unitKinds() {
		return this.unitKinds;
	}

	public boolean accepts(String unitKind) {
		return this.unitKinds.isEmpty() || this.unitKinds.contains(unitKind);
	}

}
