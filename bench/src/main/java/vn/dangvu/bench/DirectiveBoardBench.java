package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import vn.dangvu.directive.cascade.BoardSql;

/**
 * The tracking board for one directive cascaded to 3,000 units (decision 0122): a separate
 * database {@code bench_directive} on the bench server with the application's schema, a
 * Party root, 60 grassroots committees with 49 cells each (3,000 units below the root), 40
 * directives each cascaded root → committees → cells (120,000 assignments, ~330,000
 * actions), then the board's own SQL ({@link BoardSql}) timed as the root office, as one
 * grassroots office and as the "overdue only" and export variants.
 *
 * <pre>bench/run.sh start; bench/run.sh directive-board</pre>
 */
public final class DirectiveBoardBench {

	static final int COMMITTEES = 60;

	static final int CELLS_PER_COMMITTEE = 49;

	static final int DIRECTIVES = 40;

	static final int RUNS = 50;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private DirectiveBoardBench() {
	}

	public static void main(String[] args) throws Exception {
		String serverUrl = args[0];
		Path results = Path.of(args[1]);
		String url = BenchSchema.database(serverUrl, "bench_directive");
		StringBuilder out = new StringBuilder();
		try (Connection c = DriverManager.getConnection(url)) {
			long t0 = System.nanoTime();
			BenchSchema.recreate(c, url);
			Timings.line(out, "flyway", t0);
			long t1 = System.nanoTime();
			generate(c);
			Timings.line(out, "generate (units, directives, assignments, actions)", t1);
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select (select count(*) from org_unit), (select count(*) from directive_document),
					       (select count(*) from directive_assignment), (select count(*) from directive_action),
					       pg_size_pretty(pg_total_relation_size('directive_action') + pg_total_relation_size('directive_assignment'))""")) {
				rs.next();
				out.append("units %d, directives %d, assignments %d, actions %d, size %s%n".formatted(rs.getLong(1),
						rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5)));
			}
			long doc = 1;
			String rootPath = "/1/";
			String committeePath = "/1/2/";
			out.append(Timings.header());
			Timings.time(c, out, "summary, root office (3,000 units)", RUNS, BoardSql.SUMMARY, params(doc, true, rootPath));
			Timings.time(c, out, "page of 100 rows, root office", RUNS, BoardSql.rows(false, true), params(doc, true, rootPath));
			Timings.time(c, out, "last page of 100 rows, root office", RUNS, BoardSql.rows(false, true),
					with(params(doc, true, rootPath), "offset", 2900L));
			Timings.time(c, out, "overdue-only count, root office", RUNS, BoardSql.COUNT_OVERDUE, params(doc, true, rootPath));
			Timings.time(c, out, "overdue-only page of 100, root office", RUNS, BoardSql.rows(true, true),
					params(doc, true, rootPath));
			Timings.time(c, out, "all 3,000 rows (Excel export), root office", RUNS, BoardSql.rows(false, false),
					params(doc, true, rootPath));
			Timings.time(c, out, "summary, one grassroots office (50 units)", RUNS, BoardSql.SUMMARY,
					params(doc, false, committeePath));
			Timings.time(c, out, "page of 100 rows, one grassroots office", RUNS, BoardSql.rows(false, true),
					params(doc, false, committeePath));
			out.append("\nPlans (root office, page of 100):\n");
			Timings.explain(c, out, BoardSql.SUMMARY, params(doc, true, rootPath));
			Timings.explain(c, out, BoardSql.rows(false, true), params(doc, true, rootPath));
		}
		System.out.print(out);
		Files.createDirectories(results);
		Files.writeString(results.resolve("directive-board.md"), out.toString());
	}

	private static Map<String, Object> params(long doc, boolean all, String pathPrefix) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("doc", doc);
		p.put("under", "%");
		p.put("today", Date.valueOf(TODAY));
		p.put("soon", Date.valueOf(TODAY.plusDays(5)));
		p.put("scopeAll", all);
		p.put("scopePatterns", new String[] { pathPrefix + "%" });
		p.put("limit", 100);
		p.put("offset", 0L);
		return p;
	}

	private static Map<String, Object> with(Map<String, Object> p, String key, Object value) {
		p.put(key, value);
		return p;
	}

	private static void generate(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("alter table org_unit disable trigger user");
		}
		StringBuilder units = new StringBuilder();
		units.append("1\tROOT\tBLOC_COMMITTEE\tĐảng bộ Khối\t\\N\t/1/\t1\tdang bo khoi\t2008-01-01\n");
		int id = 2;
		int[] committeeIds = new int[COMMITTEES];
		for (int k = 0; k < COMMITTEES; k++) {
			int cid = id++;
			committeeIds[k] = cid;
			units.append("%d\tDB-%d\tGRASSROOTS_COMMITTEE\tĐảng bộ cơ sở %d\t1\t/1/%d/\t2\tdang bo co so %d\t2008-01-01\n"
				.formatted(cid, k, k, cid, k));
			for (int j = 0; j < CELLS_PER_COMMITTEE; j++) {
				int cell = id++;
				units.append("%d\tCB-%d-%d\tCELL\tChi bộ %d của Đảng bộ %d\t%d\t/1/%d/%d/\t3\tchi bo %d %d\t2008-01-01\n"
					.formatted(cell, k, j, j, k, cid, cid, cell, j, k));
			}
		}
		CopyIn copy = c.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy org_unit (id, code, kind, name, parent_id, path, depth, search_text, established_on) from stdin");
		byte[] bytes = units.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		copy.endCopy();
		try (Statement s = c.createStatement()) {
			s.execute("alter table org_unit enable trigger user");
			s.execute("select setval(pg_get_serial_sequence('org_unit', 'id'), (select max(id) from org_unit))");
			// the directives, registered at the root
			s.execute("""
					insert into directive_document (style, number, number_value, type_code, doc_type, issuer_id,
					    issuer_code, citation, issue_date, summary, owner_unit_id, search_text, created_by)
					select 'PARTY', g::text, g, 'CT', 'DIRECTIVE', (select id from directive_issuer where code = 'TW'),
					       'TW', g || '-CT/TW', date '2026-01-01' + g, 'Chỉ thị số ' || g, 1, 'chi thi so ' || g, 'bench'
					from generate_series(1, %d) g""".formatted(DIRECTIVES));
			// root → committees, committees → their cells (assigned 40 days before "today")
			s.execute("""
					insert into directive_assignment (document_id, unit_id, from_unit_id, parent_id, assigned_on, created_by)
					select d.id, u.id, 1, null, date '%s' - 40, 'bench'
					from directive_document d cross join org_unit u where u.kind = 'GRASSROOTS_COMMITTEE'"""
				.formatted(TODAY));
			s.execute("""
					insert into directive_assignment (document_id, unit_id, from_unit_id, parent_id, assigned_on, created_by)
					select p.document_id, u.id, u.parent_id, p.id, date '%s' - 30, 'bench'
					from directive_assignment p join org_unit u on u.parent_id = p.unit_id and u.kind = 'CELL'"""
				.formatted(TODAY));
			// actions: committees disseminate + plan, cells disseminate + interim + final review;
			// due dates spread over -20 .. +40 days, about 45% done
			s.execute("""
					insert into directive_action (assignment_id, kind, due_on, done_on, present, total)
					select a.id, k.kind, date '%1$s' - 20 + ((a.id * 7 + k.o * 13) %% 60)::int,
					       case when (a.id * 31 + k.o) %% 100 < 45 then date '%1$s' - 25 + ((a.id + k.o) %% 20)::int end,
					       case when k.kind = 'DISSEMINATE' and (a.id * 31 + k.o) %% 100 < 45 then 15 end,
					       case when k.kind = 'DISSEMINATE' and (a.id * 31 + k.o) %% 100 < 45 then 18 end
					from directive_assignment a join org_unit u on u.id = a.unit_id
					join (values ('DISSEMINATE', 1), ('PLAN', 2), ('INTERIM_REVIEW', 3), ('FINAL_REVIEW', 4)) k(kind, o)
					  on (u.kind = 'CELL' and k.kind <> 'PLAN') or (u.kind <> 'CELL' and k.kind in ('DISSEMINATE', 'PLAN'))"""
				.formatted(TODAY));
			s.execute("vacuum (analyze)");
		}
	}

}
