package vn.dangvu.organisation.tree;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.policy.Verdict;

/**
 * Which kind may sit under which: a cell and a youth branch take no children, the three
 * families never mix, and only the top kinds may be roots.
 */
final class KindPlacementPolicy {

	private static final String PARENT = "parentId";

	private KindPlacementPolicy() {
	}

	/**
	 * @param parent the parent's kind, or null for a root
	 */
	public static Verdict check(UnitKind kind, UnitKind parent) {
		if (parent == null) {
			return kind.mayBeRoot() ? Verdict.ok() : Verdict.reject("unit.rule.rootNotAllowed").on(PARENT);
		}
		if (!parent.mayHaveChildren()) {
			return Verdict
				.reject("unit.rule.parentTakesNoChildren", new DefaultMessageSourceResolvable(parent.labelKey()))
				.on(PARENT);
		}
		if (kind.family() != parent.family()) {
			return Verdict.reject("unit.rule.crossFamily").on(PARENT);
		}
		if (!kind.mayBePlacedUnder(parent)) {
			return Verdict.reject("unit.rule.kindNotAllowedUnder").on(PARENT);
		}
		return Verdict.ok();
	}

	public static boolean allows(UnitKind kind, UnitKind parent) {
		return check(kind, parent).allowed();
	}

}
