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

	/**
	 * A Party root (id 1) with {@code committees} grassroots committees (ids 2…) of
	 * {@code cells} cells each (ids from 1001, code {@code CB-<id>}; paths by the
	 * application's trigger). {@code cellEstablishedOn} and {@code cellClosedOn} are SQL
	 * expressions over the cell's {@code id}.
	 */
	static void committeesAndCells(Statement s, String rootCode, String rootName, int committees, int cells,
			String cellEstablishedOn, String cellClosedOn) throws SQLException {
		s.execute("""
				insert into org_unit (id, code, kind, name, parent_id, path, depth, search_text, established_on)
				values (1, '%s', 'BLOC_COMMITTEE', '%s', null, '', 0, '%s', date '2008-01-01')"""
			.formatted(rootCode, rootName, rootCode.toLowerCase()));
		s.execute("""
				insert into org_unit (id, code, kind, name, parent_id, path, depth, search_text, established_on)
				select 1 + k, 'DB-' || k, 'GRASSROOTS_COMMITTEE', 'Đảng bộ cơ sở ' || k, 1, '', 0,
				       'dang bo co so ' || k, date '2008-01-01'
				from generate_series(1, %d) k""".formatted(committees));
		s.execute("""
				insert into org_unit (id, code, kind, name, parent_id, path, depth, search_text, established_on, closed_on)
				select id, 'CB-' || id, 'CELL', 'Chi bộ ' || j || ' của Đảng bộ ' || k, 1 + k, '', 0,
				       'chi bo ' || j || ' ' || k, %s, %s
				from generate_series(1, %d) k cross join generate_series(1, %d) j
				cross join lateral (select 1000 + (k - 1) * %4$d + j as id) i"""
			.formatted(cellEstablishedOn, cellClosedOn, committees, cells));
		s.execute("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))");
	}

}
