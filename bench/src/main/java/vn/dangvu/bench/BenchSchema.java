package vn.dangvu.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/** The application's schema, built afresh by its own Flyway migrations (read from ../src). */
final class BenchSchema {

	private BenchSchema() {
	}

	/** Drops everything in the public schema and migrates it to the application's latest. */
	static void recreate(Connection c, String url) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("drop schema if exists public cascade");
			s.execute("create schema public");
		}
		Flyway.configure()
			.dataSource(url, null, null)
			.locations("filesystem:../src/main/resources/db/migration")
			.load()
			.migrate();
	}

}
