package vn.dangvu.platform.security;

/** What an account may do; each grant of a role carries the unit it applies to. */
public enum Role {

	/** Everything, everywhere, including accounts. */
	ADMIN,
	/** Văn phòng Đảng ủy: a Party unit and everything under it. */
	COMMITTEE_OFFICE,
	/** Bí thư chi bộ: one cell. */
	CELL_SECRETARY,
	/** Cán bộ công đoàn: a trade-union unit subtree. */
	UNION_OFFICER,
	/** Cán bộ Đoàn: a Youth Union unit subtree. */
	YOUTH_OFFICER,
	/** Đảng viên / người lao động: only their own record. */
	MEMBER;

	public String authority() {
		return "ROLE_" + name();
	}

	/** Roles whose grant is tied to a unit subtree. */
	public boolean isUnitScoped() {
		return this != ADMIN && this != MEMBER;
	}

}
