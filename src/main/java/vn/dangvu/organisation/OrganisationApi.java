package vn.dangvu.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.tree.UnitQueries;
import vn.dangvu.organisation.tree.UnitSelections;
import vn.dangvu.platform.error.NotFoundException;

/**
 * What other modules may ask about the unit tree. Lookups by id are limited to the
 * current caller's scope; the others take the scope explicitly.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OrganisationApi {

	private final UnitQueries queries;

	private final UnitScopes scopes;

	private final UnitSelections selections;

	/** The unit, if it exists and lies in the current caller's scope. */
	public Optional<UnitDto> find(long id) {
		return this.queries.find(id, this.scopes.current());
	}

	/**
	 * The unit in the current caller's scope.
	 * @throws NotFoundException when it does not exist or lies outside the scope
	 */
	public UnitDto require(long id) {
		return this.queries.require(id, this.scopes.current());
	}

	/** Open units in the scope, per kind (every kind present, zero when none). */
	public Map<UnitKind, Long> countUnitsByKind(UnitScope scope) {
		return this.queries.countByKind(scope);
	}

	/**
	 * Open units in the scope of the given kinds (all kinds when empty), ordered by path.
	 */
	public List<UnitDto> visibleUnits(UnitScope scope, Set<UnitKind> kinds) {
		return this.queries.list(scope, null, kinds, false);
	}

	public boolean isVisible(long unitId, UnitScope scope) {
		return this.queries.isVisible(unitId, scope);
	}

	/**
	 * The target units of a cascade in the scope (decision 0273): the units named (each
	 * seen and open, else 422 on {@code unitIds}) and the open cells under the units in
	 * {@code allCellsUnder} (each seen, else 422 on {@code allCellsUnder}), without
	 * repeats, named ones first, cells by path; none at all is a 422 too.
	 */
	public List<UnitDto> selectUnits(UnitSelection selection, UnitScope scope) {
		return this.selections.select(selection, scope);
	}

}
