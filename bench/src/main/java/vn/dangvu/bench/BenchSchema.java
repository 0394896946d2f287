package vn.dangvu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;

/** The application's schema, built afresh by its own Flyway migrations (read from ../src). */
final class BenchSchema {

	private BenchSchema() {
	}

	/**
	 * The URL of a database of its own on the bench server (created when missing), for a
	 * benchmark that builds its data set apart from the national one.
	 */
	static String database(String serverUrl, String name) throws SQLException {
		try (Connection c = DriverManager.getConnection(serverUrl); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
				if (!rs.next()) {
					s.execute("create database " + name);
				}
			}
		}
		return serverUrl.replaceFirst("/bench\\?", "/" + name + "?");
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
