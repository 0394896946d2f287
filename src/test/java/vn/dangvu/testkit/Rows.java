package vn.dangvu.testkit;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Single values a test reads back from the database to check what a request wrote. */
public final class Rows {

	private Rows() {
	}

	/** The one value the query answers, with its one parameter {@code :id} bound. */
	public static <T> T one(JdbcClient jdbc, Class<T> type, String sql, Object id) {
		return jdbc.sql(sql).param("id", id).query(type).single();
	}

}
