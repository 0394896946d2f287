package vn.dangvu.programme;

import vn.dangvu.organisation.UnitFamily;

/** What a programme is, and the family of units that may own it. */
public enum ProgrammeKind {

	/** Chương trình công tác năm của tổ chức đảng. */
	PARTY_ANNUAL(UnitFamily.PARTY),
	/** Chương trình hành động thực hiện một nghị quyết (linked to the resolution). */
	RESOLUTION_ACTION(UnitFamily.PARTY),
	/** Kế hoạch công tác của cơ quan (chính quyền) do tổ chức đảng lãnh đạo. */
	GOVERNMENT_PLAN(UnitFamily.PARTY),
	/** Chương trình công tác năm của Công đoàn. */
	UNION_ANNUAL(UnitFamily.UNION),
	/** Chương trình công tác năm của Đoàn Thanh niên. */
	YOUTH_ANNUAL(UnitFamily.YOUTH);

	private final UnitFamily family;

	ProgrammeKind(UnitFamily family) {
		this.family = family;
	}

	public UnitFamily family() {
		return this.family;
	}

}
