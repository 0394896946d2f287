package vn.dangvu.platform.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is asking: the account, its roles and the units at the top of its scope. Everything
 * a module lists, opens, changes, exports or searches is limited to the subtrees of
 * {@link #scopeUnitIds()} (or everything for an administrator, or only
 * {@link #personId()} for a plain member).
 */
public record Caller(long accountId, String username, String displayName, Set<Role> roles, Set<Long> scopeUnitIds,
		Long personId) implements Serializable {

	public Caller {
		roles = Set.copyOf(roles);
		scopeUnitIds = Set.copyOf(scopeUnitIds);
	}

	public boolean isAdmin() {
		return this.roles.contains(Role.ADMIN);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role r : wanted) {
			if (this.roles.contains(r)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * May change units and people within scope (not a plain member, not a cell
	 * secretary).
	 */
	public boolean canManageUnits() {
		return hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.UNION_OFFICER, Role.YOUTH_OFFICER);
	}

	/** May create and edit person records within scope. */
	public boolean canManagePeople() {
		return hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY, Role.UNION_OFFICER, Role.YOUTH_OFFICER);
	}

	/**
	 * May open the audit viewer (everything for an administrator, its subtree for an
	 * office).
	 */
	public boolean canViewAudit() {
		return hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE);
	}

	/** Sees only the own person record. */
	public boolean isSelfOnly() {
		return !isAdmin() && this.scopeUnitIds.isEmpty();
	}

}
