package vn.dangvu.people.domain;

import java.util.Map;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;

/**
 * Which persons a caller may see, as a SQL condition on {@code person p}: any of the
 * person's four units in the caller's unit scope (decision 0003), or, for a plain member,
 * only the own record.
 */
public record PersonScope(UnitScope units, Long selfId, boolean selfOnly, boolean canManage) {

	public static PersonScope of(Caller caller, UnitScope units) {
		return new PersonScope(units, caller.personId(), caller.isSelfOnly(), caller.canManagePeople());
	}

	public String condition() {
		if (this.selfOnly) {
			return "p.id = :scopeSelf";
		}
		return "exists (select 1 from org_unit su where su.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id,"
				+ " p.youth_unit_id) and (:scopeAll or su.path like any(:scopePatterns)))";
	}

	public void bind(Map<String, Object> params) {
		if (this.selfOnly) {
			params.put("scopeSelf", this.selfId == null ? -1L : this.selfId);
		}
		else {
			params.put("scopeAll", this.units.all());
			params.put("scopePatterns", this.units.patterns());
		}
	}

	/** Whether a unit (by its path) may be chosen or filtered on by this caller. */
	public boolean covers(String path) {
		return !this.selfOnly && this.units.covers(path);
	}

}
