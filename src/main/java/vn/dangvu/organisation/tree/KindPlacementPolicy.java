package vn.dangvu.organisation.tree;

import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.dangvu.organisation.UnitKind;

/**
 * Which kind may sit under which: a cell and a youth branch take no children, the three
 * families never mix, and only the top kinds may be roots.
 */
final class KindPlacementPolicy {

	private KindPlacementPolicy() {
	}

	/**
	 * @param parent the parent's kind, or null for a root
	 */
	public static Optional<Rejection> check(UnitKind kind, UnitKind parent) {
		if (parent == null) {
			return kind.mayBeRoot() ? Optional.empty() : Rejection.of("parentId", "unit.rule.rootNotAllowed");
		}
		if (!parent.mayHaveChildren()) {
			return Rejection.of("parentId", "unit.rule.parentTakesNoChildren",
					new DefaultMessageSourceResolvable(parent.labelKey()));
		}
		if (kind.family() != parent.family()) {
			return Rejection.of("parentId", "unit.rule.crossFamily");
		}
		if (!kind.mayBePlacedUnder(parent)) {
			return Rejection.of("parentId", "unit.rule.kindNotAllowedUnder");
		}
		return Optional.empty();
	}

	public static boolean allows(UnitKind kind, UnitKind parent) {
		return check(kind, parent).isEmpty();
	}

}
