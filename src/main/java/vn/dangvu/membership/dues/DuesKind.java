package vn.dangvu.membership.dues;

import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/** Party dues (đảng phí) or trade-union member dues (đoàn phí công đoàn). */
public enum DuesKind {

	PARTY("party_unit_id", new String[] { "BLOC_COMMITTEE", "GRASSROOTS_COMMITTEE", "SUB_COMMITTEE", "CELL" },
			Role.CELL_SECRETARY),
	UNION("union_unit_id", new String[] { "TRADE_UNION", "UNION_BRANCH" }, Role.UNION_OFFICER);

	private final String personColumn;

	private final String[] unitKinds;

	private final Role officer;

	DuesKind(String personColumn, String[] unitKinds, Role officer) {
		this.personColumn = personColumn;
		this.unitKinds = unitKinds;
		this.officer = officer;
	}

	/** The person column naming the member's unit of this kind. */
	String personColumn() {
		return this.personColumn;
	}

	String[] unitKinds() {
		return this.unitKinds.clone();
	}

	/** Who may keep this ledger (within the caller's scope). */
	public boolean mayKeep(Caller caller) {
		return caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, this.officer);
	}

}
