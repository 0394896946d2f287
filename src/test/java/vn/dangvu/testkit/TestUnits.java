package vn.dangvu.testkit;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Units a test writes straight into {@code org_unit} (the trigger fills the path),
 * established on 1 January 2020 and found by their code in lower case.
 */
public final class TestUnits {

	private TestUnits() {
	}

	/** The id of the unit with this code (a demo unit, or one a test inserted). */
	public static long idOf(JdbcClient jdbc, String code) {
		return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
	}

	/** The id of a new unit with this code, kind, name and parent (null: a root). */
	public static long insert(JdbcClient jdbc, String code, String kind, String name, Long parent) {
		return jdbc
			.sql("insert into org_unit (code, kind, name, parent_id, path, depth, search_text, established_on) "
					+ "values (:c, :k, :n, :p, '', 0, :s, date '2020-01-01') returning id")
			.param("c", code)
			.param("k", kind)
			.param("n", name)
			.param("p", parent)
			.param("s", code.toLowerCase())
			.query(Long.class)
			.single();
	}

}
