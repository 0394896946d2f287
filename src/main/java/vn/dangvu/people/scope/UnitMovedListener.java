package vn.dangvu.people.scope;

import lombok.RequiredArgsConstructor;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitMoved;

/**
 * When a unit moves, the paths of its subtree change: the people read model follows in
 * the same transaction, so a person under a moved cell is found by the new parent's
 * office at once and no longer by the old one.
 */
@Component
@RequiredArgsConstructor
class UnitMovedListener {

	private final PersonScopeRows scopeRows;

	@EventListener
	void on(UnitMoved moved) {
		this.scopeRows.move(moved.oldPath(), moved.newPath());
	}

}
