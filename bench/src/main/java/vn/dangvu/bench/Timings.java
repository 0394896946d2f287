package vn.dangvu.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the application's named-parameter SQL as its {@code JdbcClient} binds it: warm-up
 * runs, then measured runs (p50/p95/max in ms, a markdown table row), and EXPLAIN
 * (ANALYZE, BUFFERS) with the same values. Shared by the seeded benchmarks
 * (DirectiveBoardBench, MeetingOversightBench,
 * ProgrammeBoardBench).
 */
final class Timings {

	static final int WARMUP = 5;

	private static final Pattern NAMED = Pattern.compile("(?<![:\\w]):([a-zA-Z_]+)");

	private Timings() {
	}

	/** The header of the table {@link #time} writes rows of. */
	static String header() {
		return "\n| query | rows | p50 ms | p95 ms | max ms | runs |\n|---|---|---|---|---|---|\n";
	}

	/** A named-parameter statement as the application's JdbcClient binds it. */
	static PreparedStatement prepare(Connection c, String sql, Map<String, Object> params) throws Exception {
		List<String> names = new ArrayList<>();
		Matcher m = NAMED.matcher(sql);
		StringBuilder jdbc = new StringBuilder();
		while (m.find()) {
			names.add(m.group(1));
			m.appendReplacement(jdbc, "?");
		}
		m.appendTail(jdbc);
		PreparedStatement ps = c.prepareStatement(jdbc.toString());
		for (int i = 0; i < names.size(); i++) {
			Object v = params.get(names.get(i));
			if (v instanceof String[] a) {
				ps.setArray(i + 1, c.createArrayOf("text", a));
			}
			else {
				ps.setObject(i + 1, v);
			}
		}
		return ps;
	}

	/** Adds a row of the statement's timings. */
	static void time(Connection c, StringBuilder out, String name, int runs, String sql, Map<String, Object> params)
			throws Exception {
		time(c, out, name, runs, params, List.of(sql));
	}

	/**
	 * Runs the statements one after the other, as one page does, and adds a row of their
	 * timings together (rows: the rows of all of them).
	 */
	static void time(Connection c, StringBuilder out, String name, int runs, Map<String, Object> params,
			List<String> statements) throws Exception {
		time(out, name, runs, () -> {
			int rows = 0;
			for (String sql : statements) {
				rows += run(c, sql, params);
			}
			return rows;
		});
	}

	/** Work timed as a whole (statements and what the application computes from them). */
	interface Work {

		/** Does the work once and answers the rows it read. */
		int run() throws Exception;

	}

	/** Adds a row of the work's timings (warm-up runs first). */
	static void time(StringBuilder out, String name, int runs, Work work) throws Exception {
		double[] ms = new double[runs];
		int rows = 0;
		for (int warm = 0; warm < WARMUP; warm++) {
			work.run();
		}
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			rows = work.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		out.append("| %s | %d | %.1f | %.1f | %.1f | %d |%n".formatted(name, rows, ms[runs / 2],
				ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs));
	}

	static int run(Connection c, String sql, Map<String, Object> params) throws Exception {
		try (PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
			int n = 0;
			while (rs.next()) {
				n++;
			}
			return n;
		}
	}

	static void explain(Connection c, StringBuilder out, String sql, Map<String, Object> params) throws Exception {
		try (PreparedStatement ps = prepare(c, "explain (analyze, buffers) " + sql, params);
				ResultSet rs = ps.executeQuery()) {
			out.append("```\n");
			while (rs.next()) {
				out.append(rs.getString(1)).append('\n');
			}
			out.append("```\n");
		}
	}

	static void line(StringBuilder out, String what, long since) {
		out.append("%8.1f s  %s%n".formatted((System.nanoTime() - since) / 1e9, what));
	}

}
