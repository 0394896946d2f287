package vn.dangvu.organisation;

import java.util.List;

/**
 * The units a caller may see, as materialised-path patterns for SQL: a record belongs to
 * the scope when its unit's {@code path LIKE ANY(patterns)}. Modules filter with
 * {@code (:all or u.path like any(:patterns))} joined on the published view
 * {@code unit_ref u}. {@link #condition(String)} writes that condition for any alias and
 * {@link #params()} its two parameters, so that no module writes it again (decision
 * 0201).
 */
public record UnitScope(boolean all, List<String> pathPrefixes) {

	public UnitScope {
		pathPrefixes = List.copyOf(pathPrefixes);
	}

	public static UnitScope everything() {
		return new UnitScope(true, List.of());
	}

	public static UnitScope nothing() {
		return new UnitScope(false, List.of());
	}

	/** True when the caller sees no unit at all (a plain member). */
	public boolean isEmpty() {
		return !this.all && this.pathPrefixes.isEmpty();
	}

	/** LIKE patterns, one per prefix ("/1/5/%"), as a JDBC array parameter. */
	public String[] patterns() {
		return this.pathPrefixes.stream().map((p) -> p + "%").toArray(String[]::new);
	}

	/**
	 * The SQL condition "the row whose unit path is {@code alias.path} lies in this
	 * scope", with the named parameters {@code :scopeAll} and {@code :scopePatterns}
	 * ({@link #params()}).
	 */
	public static String condition(String alias) {
		return condition(alias, "scope");
	}

	/**
	 * The same condition with its own parameter names ({@code :<prefix>All},
	 * {@code :<prefix>Patterns}), for a statement that needs two scopes.
	 */
	public static String condition(String alias, String prefix) {
		return "(:" + prefix + "All or " + alias + ".path like any(:" + prefix + "Patterns))";
	}

	/** The parameters of {@link #condition(String)}. */
	public java.util.Map<String, Object> params() {
		return params("scope");
	}

	/** The parameters of {@link #condition(String, String)}. */
	public java.util.Map<String, Object> params(String prefix) {
		return java.util.Map.of(prefix + "All", this.all, prefix + "Patterns", patterns());
	}

	public boolean covers(String path) {
		return this.all || (path != null && this.pathPrefixes.stream().anyMatch(path::startsWith));
	}

}
