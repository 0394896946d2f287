package vn.dangvu.organisation.tree;

import java.time.Clock;
import java.time.LocalDate;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.organisation.UnitScopes;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.CurrentCaller;
import vn.dangvu.platform.time.VietnamTime;

/**
 * The step before every change of {@link UnitService}: the unit locked and in the
 * caller's scope, the caller's right on it, and the change's date checked against the
 * unit's history and its parent.
 */
@Component
@RequiredArgsConstructor
class UnitChecks {

	private final UnitRepository units;

	private final UnitScopes scopes;

	private final UnitPermissions permissions;

	private final Clock clock;

	/** Who changes which unit: the unit locked, in scope and allowed to the caller. */
	record Change(Caller caller, UnitScope scope, UnitRecord unit) {
	}

	/** A right the caller needs on a unit ({@link UnitPermissions}). */
	@FunctionalInterface
	interface Right {

		void require(Caller caller, UnitScope scope, UnitDto unit);

	}

	LocalDate today() {
		return VietnamTime.today(this.clock);
	}

	UnitScope scope(Caller caller) {
		return this.scopes.of(caller);
	}

	/**
	 * The unit a command changes, locked, in the caller's scope and allowed by the right;
	 * the change's effective date is required.
	 */
	Change change(long unitId, LocalDate effectiveDate, Right right) {
		Caller caller = CurrentCaller.require();
		UnitScope scope = this.scopes.of(caller);
		UnitRecord unit = lockVisible(unitId, scope);
		right.require(caller, scope, unit.toDto());
		required("effectiveDate", effectiveDate);
		return new Change(caller, scope, unit);
	}

	/**
	 * A unit locked, allowed by the right, open and with the change's date fitting its
	 * history.
	 */
	UnitRecord lockChangeable(long id, LocalDate on, Caller caller, UnitScope scope, Right right) {
		UnitRecord unit = lockVisible(id, scope);
		right.require(caller, scope, unit.toDto());
		requireChangeable(unit, on);
		return unit;
	}

	/**
	 * The new parent the caller may write under, or null for a root (which needs its own
	 * right).
	 */
	UnitRecord writableParent(Long parentId, Caller caller, UnitScope scope) {
		if (parentId == null) {
			this.permissions.requireRootCreation(caller);
			return null;
		}
		UnitRecord parent = visible(parentId, scope);
		this.permissions.requireWrite(caller, scope, parent.toDto());
		return parent;
	}

	/** The unit is open and the change's date fits its history. */
	void requireChangeable(UnitRecord unit, LocalDate on) {
		OpenUnitPolicy.unitIsOpen(unit.name(), unit.closedOn()).orThrow();
		requireDate(unit, on);
	}

	void requireDate(UnitRecord unit, LocalDate on) {
		EffectiveDatePolicy.check(on, unit.establishedOn(), this.units.latestChange(unit.id()), today())
			.orThrow(EffectiveDatePolicy.FIELD);
	}

	static void requireOpenParent(UnitRecord parent) {
		if (parent != null) {
			OpenUnitPolicy.parentIsOpen(parent.name(), parent.closedOn()).orThrow();
		}
	}

	static void requireParentBefore(UnitRecord parent, String field, LocalDate on) {
		if (parent != null) {
			EffectiveDatePolicy.checkAgainstParent(on, parent.establishedOn()).orThrow(field);
		}
	}

	UnitRecord visible(long id, UnitScope scope) {
		return this.units.find(id)
			.filter((u) -> scope.covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", id));
	}

	private UnitRecord lockVisible(long id, UnitScope scope) {
		return this.units.lock(id)
			.filter((u) -> scope.covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", id));
	}

	static void required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			throw new InvalidInputException(field, "unit.input.required");
		}
	}

}
