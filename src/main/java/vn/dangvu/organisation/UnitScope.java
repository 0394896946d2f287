package vn.dangvu.organisation;

import java.util.List;

/**
 * The units a caller may see, as materialised-path patterns for SQL: a record belongs to
 * the scope when its unit's {@code path LIKE ANY(patterns)}. Modules filter with
 * {@code (:all or u.path like any(:patterns))} joined on {@code org_unit u}.
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

	public boolean covers(String path) {
		return this.all || (path != null && this.pathPrefixes.stream().anyMatch(path::startsWith));
	}

}
