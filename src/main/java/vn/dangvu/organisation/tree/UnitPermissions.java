package vn.dangvu.organisation.tree;

import org.springframework.stereotype.Component;

import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;

/**
 * Who may change which unit: an administrator anywhere; the committee office within its
 * subtree for Party units, union officers for union units, youth officers for youth
 * units. Only an administrator creates roots or moves / closes the unit at the top of a
 * scope.
 */
@Component
class UnitPermissions {

	public boolean mayWriteKind(Caller caller, UnitKind kind) {
		if (caller.isAdmin()) {
			return true;
		}
		return switch (kind.family()) {
			case PARTY -> caller.has(Role.COMMITTEE_OFFICE);
			case UNION -> caller.has(Role.UNION_OFFICER);
			case YOUTH -> caller.has(Role.YOUTH_OFFICER);
		};
	}

	public boolean mayWrite(Caller caller, UnitScope scope, UnitDto unit) {
		return caller.canManageUnits() && scope.covers(unit.path()) && mayWriteKind(caller, unit.kind());
	}

	/**
	 * The unit at the top of the caller's own scope is moved or closed only by an admin.
	 */
	public boolean mayRestructure(Caller caller, UnitScope scope, UnitDto unit) {
		return mayWrite(caller, scope, unit) && (caller.isAdmin() || !caller.scopeUnitIds().contains(unit.id()));
	}

	public UnitActions actions(Caller caller, UnitScope scope, UnitDto unit) {
		boolean write = unit.isOpen() && mayWrite(caller, scope, unit);
		boolean restructure = unit.isOpen() && mayRestructure(caller, scope, unit);
		return new UnitActions(write, restructure, restructure, write, write && unit.kind().mayHaveChildren());
	}

	void requireWrite(Caller caller, UnitScope scope, UnitDto unit) {
		if (!mayWrite(caller, scope, unit)) {
			throw new NotPermittedException("unit.write.forbidden", unit.name());
		}
	}

	void requireRestructure(Caller caller, UnitScope scope, UnitDto unit) {
		requireWrite(caller, scope, unit);
		if (!mayRestructure(caller, scope, unit)) {
			throw new NotPermittedException("unit.write.topOfScope", unit.name());
		}
	}

	void requireRootCreation(Caller caller) {
		if (!caller.isAdmin()) {
			throw new NotPermittedException("unit.write.rootAdminOnly");
		}
	}

}
