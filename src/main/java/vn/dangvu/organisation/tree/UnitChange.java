package vn.dangvu.organisation.tree;

/** What a history row records. */
public enum UnitChange {

	ESTABLISHED, RENAMED, MOVED, MERGED, CLOSED;

	public String labelKey() {
		return "unit.change." + name();
	}

}
