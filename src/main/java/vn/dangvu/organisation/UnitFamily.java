package vn.dangvu.organisation;

/** The three organisations a unit belongs to; a unit never sits under another family. */
public enum UnitFamily {

	/** Đảng. */
	PARTY,
	/** Công đoàn. */
	UNION,
	/** Đoàn Thanh niên. */
	YOUTH;

	/** Message key of the family's name, e.g. {@code unit.family.PARTY}. */
	public String labelKey() {
		return "unit.family." + name();
	}

}
