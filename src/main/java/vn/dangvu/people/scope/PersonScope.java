package vn.dangvu.people.scope;

import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.security.Caller;

/**
 * Which persons a caller may see, as a SQL condition on {@code person p}: any of the
 * person's four units in the caller's unit scope (decision 0003), or, for a plain member,
 * only the own record. The units are reached through the {@code person_scope} read model
 * (decision 0070): one row per distinct current unit path of a person.
 */
public record PersonScope(UnitScope units, Long selfId, boolean selfOnly, boolean canManage) {

	private static final Pattern TOP_PATTERN = Pattern.compile("/([0-9]{1,18})/%");

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

	/**
	 * The same condition, for a list filtered by a name fragment: when the fragment holds
	 * a trigram ({@code byName}), a pattern that is a whole top-level organisation
	 * ({@code /<top>/%}) becomes {@code s.top_id = :scopeTopN}, so that the GIN index
	 * over (top_id, trigrams of the search text) intersects the organisation's rows with
	 * the fragment's trigrams instead of testing the whole path range (decision 0281);
	 * the other patterns stay path ranges. Binds its parameters.
	 */
	public static String pathsCondition(String alias, List<String> patterns, boolean byName,
			Map<String, Object> params) {
		if (patterns.isEmpty()) {
			return "false";
		}
		StringJoiner or = new StringJoiner(" or ", "(", ")");
		for (int i = 0; i < patterns.size(); i++) {
			Long top = byName ? topOf(patterns.get(i)) : null;
			if (top != null) {
				or.add(alias + ".top_id = :scopeTop" + i);
				params.put("scopeTop" + i, top);
			}
			else {
				or.add(alias + ".path like :scopePath" + i);
				params.put("scopePath" + i, patterns.get(i));
			}
		}
		return or.toString();
	}

	/**
	 * The top-level organisation a pattern covers whole ({@code /12/%} gives 12), or null
	 * for a deeper pattern.
	 */
	static Long topOf(String pattern) {
		Matcher m = TOP_PATTERN.matcher(pattern);
		return m.matches() ? Long.valueOf(m.group(1)) : null;
	}

	public static void bindPaths(List<String> patterns, Map<String, Object> params) {
		for (int i = 0; i < patterns.size(); i++) {
			params.put("scopePath" + i, patterns.get(i));
		}
	}

}
