package vn.dangvu.people.scope;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;

/**
 * Which persons a caller may see, as a SQL condition on {@code person p}: any of the
 * person's four units in the caller's unit scope (decision 0003), or, for a plain member,
 * only the own record. The units are reached through the {@code person_scope} read model
 * (decision 0070): one row per distinct current unit path of a person.
 */
public record PersonScope(UnitScope units, Long selfId, boolean selfOnly, boolean canManage) {

	public static PersonScope of(Caller caller, UnitScope units) {
		return new PersonScope(units, caller.personId(), caller.isSelfOnly(), caller.canManagePeople());
	}

	public String condition() {
		if (this.selfOnly) {
			return "p.id = :scopeSelf";
		}
		if (this.units.all()) {
			return "true";
		}
		return "exists (select 1 from person_scope ps where ps.person_id = p.id and "
				+ pathsCondition("ps", List.of(this.units.patterns())) + ")";
	}

	public void bind(Map<String, Object> params) {
		if (this.selfOnly) {
			params.put("scopeSelf", this.selfId == null ? -1L : this.selfId);
		}
		else if (!this.units.all()) {
			bindPaths(List.of(this.units.patterns()), params);
		}
	}

	/** Whether a unit (by its path) may be chosen or filtered on by this caller. */
	public boolean covers(String path) {
		return !this.selfOnly && this.units.covers(path);
	}

	/**
	 * {@code (s.path like :scopePath0 or …)} on a {@code person_scope} alias, one bound
	 * pattern each, so that a planned value becomes an index range (a {@code like any}
	 * over an array does not); {@code false} without patterns.
	 */
	public static String pathsCondition(String alias, List<String> patterns) {
		if (patterns.isEmpty()) {
			return "false";
		}
		StringJoiner or = new StringJoiner(" or ", "(", ")");
		for (int i = 0; i < patterns.size(); i++) {
			or.add(alias + ".path like :scopePath" + i);
		}
		return or.toString();
	}

	public static void bindPaths(List<String> patterns, Map<String, Object> params) {
		for (int i = 0; i < patterns.size(); i++) {
			params.put("scopePath" + i, patterns.get(i));
		}
	}

}
