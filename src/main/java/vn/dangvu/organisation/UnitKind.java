package vn.dangvu.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a unit is, which family it belongs to and where it may be placed in the tree.
 */
public enum UnitKind {

	/** Đảng ủy Khối / Đảng bộ cấp trên cơ sở: a root or under another such committee. */
	BLOC_COMMITTEE(UnitFamily.PARTY, true, "bi-bank"),
	/** Đảng bộ cơ sở: a root or under a bloc committee. */
	GRASSROOTS_COMMITTEE(UnitFamily.PARTY, true, "bi-building"),
	/** Đảng bộ bộ phận: under a grassroots committee only. */
	SUB_COMMITTEE(UnitFamily.PARTY, false, "bi-diagram-3"),
	/** Chi bộ: under any committee; never has children. */
	CELL(UnitFamily.PARTY, false, "bi-people"),
	/** Công đoàn: a root or under another trade union. */
	TRADE_UNION(UnitFamily.UNION, true, "bi-briefcase"),
	/** Công đoàn bộ phận / tổ công đoàn: under a trade union or another union branch. */
	UNION_BRANCH(UnitFamily.UNION, false, "bi-person-workspace"),
	/** Đoàn cơ sở: a root or under another youth union. */
	YOUTH_UNION(UnitFamily.YOUTH, true, "bi-flag"),
	/** Chi đoàn: under a youth union only; no children. */
	YOUTH_BRANCH(UnitFamily.YOUTH, false, "bi-person-arms-up");

	private final UnitFamily family;

	private final boolean mayBeRoot;

	private final String icon;

	UnitKind(UnitFamily family, boolean mayBeRoot, String icon) {
		this.family = family;
		this.mayBeRoot = mayBeRoot;
		this.icon = icon;
	}

	public UnitFamily family() {
		return this.family;
	}

	/** Message key of the Vietnamese label, e.g. {@code unit.kind.CELL} = "Chi bộ". */
	public String labelKey() {
		return "unit.kind." + name();
	}

	/** Bootstrap Icons class for the kind. */
	public String icon() {
		return this.icon;
	}

	public boolean mayBeRoot() {
		return this.mayBeRoot;
	}

	/** The kinds this kind may be placed directly under. */
	public Set<UnitKind> allowedParents() {
		return switch (this) {
			case BLOC_COMMITTEE, GRASSROOTS_COMMITTEE -> EnumSet.of(BLOC_COMMITTEE);
			case SUB_COMMITTEE -> EnumSet.of(GRASSROOTS_COMMITTEE);
			case CELL -> EnumSet.of(BLOC_COMMITTEE, GRASSROOTS_COMMITTEE, SUB_COMMITTEE);
			case TRADE_UNION -> EnumSet.of(TRADE_UNION);
			case UNION_BRANCH -> EnumSet.of(TRADE_UNION, UNION_BRANCH);
			case YOUTH_UNION -> EnumSet.of(YOUTH_UNION);
			case YOUTH_BRANCH -> EnumSet.of(YOUTH_UNION);
		};
	}

	/** Whether any unit may ever be placed under a unit of this kind. */
	public boolean mayHaveChildren() {
		return this != CELL && this != YOUTH_BRANCH;
	}

	public boolean mayBePlacedUnder(UnitKind parent) {
		return allowedParents().contains(parent);
	}

	/** Kinds of the same family, for pickers. */
	public static Set<UnitKind> of(UnitFamily family) {
		Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
		for (UnitKind k : values()) {
			if (k.family == family) {
				kinds.add(k);
			}
		}
		return kinds;
	}

}
