package vn.dangvu.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Repeated-measure timings of the people-list and dashboard-count queries: warm-up runs,
 * then at least 50 measured runs each (p50/p95/max), as the application runs them
 * (prepared statements, parameters bound), and an EXPLAIN (ANALYZE, BUFFERS) of each with
 * the same values.
 *
 * <p>
 * Usage: {@code QueryBench <jdbcUrl> <resultsDir> <variant> [runs]}; variant {@code base}
 * runs the queries as the application wrote them before decision 0070, {@code scoped} adds
 * the denormalised scope column tried as an alternative, {@code person-scope} runs the
 * application's queries on the person_scope read model (always with
 * plan_cache_mode = force_custom_plan, as the application's connections): a province with
 * a fragment of three letters or more through {@code top_id} (decision 0281), and the
 * path range of decision 0070 beside it for comparison.
 */
public final class QueryBench {

	static final String LIST = """
			select p.id, p.full_name, p.birth_date, p.job_title from person p
			where p.search_text like ?
			  and exists (select 1 from org_unit u
			              where u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
			                and u.path like ?)
			order by p.sort_key, p.id limit 20""";

	static final String LIST_COUNT = """
			select count(*) from person p
			where p.search_text like ?
			  and exists (select 1 from org_unit u
			              where u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
			                and u.path like ?)""";

	static final String KINDS = """
			select count(*) as total,
			       count(*) filter (where pu.path like ?2) as party,
			       count(p.union_unit_id) as union_members,
			       count(p.youth_unit_id) as youth
			from person p join org_unit u on u.id = p.work_unit_id
			left join org_unit pu on pu.id = p.party_unit_id
			where u.path like ?1""";

	/** Alternative shape: the list without a name filter (page 1 of the whole scope). */
	static final String LIST_NO_FILTER = """
			select p.id, p.full_name, p.birth_date, p.job_title from person p
			where exists (select 1 from org_unit u
			              where u.id in (p.work_unit_id, p.party_unit_id, p.union_unit_id, p.youth_unit_id)
			                and u.path like ?)
			order by p.sort_key, p.id limit 20""";

	/** Denormalised: person.scope_path = path of the work unit (kept by the application on writes). */
	static final String LIST_SCOPED = """
			select p.id, p.full_name, p.birth_date, p.job_title from person p
			where p.search_text like ? and p.scope_path like ?
			order by p.sort_key, p.id limit 20""";

	static final String LIST_SCOPED_COUNT = """
			select count(*) from person p where p.search_text like ? and p.scope_path like ?""";

	static final String KINDS_SCOPED = """
			select count(*) as total, count(p.party_unit_id) as party, count(p.union_unit_id) as union_members,
			       count(p.youth_unit_id) as youth
			from person p where p.scope_path like ?1""";

	/*
	 * The application's queries with the person_scope read model (decision 0070), exactly as
	 * PersonReads and PeopleApi build them for one scope prefix: count, page ids, then the
	 * page's rows by id; counts by kind; the single-person visibility check.
	 */
	static final String PS_COUNT_Q = """
			select count(distinct s.person_id) from person_scope s where (s.path like ?) and s.search_text like ?""";

	static final String PS_IDS_Q = """
			select distinct w.birth_date, w.sort_key, w.person_id from (
			  select s.birth_date, s.sort_key, s.person_id from person_scope s where (s.path like ?) and s.search_text like ?
			  order by s.sort_key, s.person_id limit 80) w
			order by w.sort_key, w.person_id limit 20 offset 0""";

	/** With a name fragment: count and page ids in one statement, the matching rows scanned once. */
	static final String PS_PAGE_Q = """
			with m as materialized (
			  select s.birth_date, s.sort_key, s.person_id from person_scope s where (s.path like ?) and s.search_text like ?)
			select c.total, p.person_id from (select count(distinct m.person_id) as total from m) c
			left join lateral (select distinct w.birth_date, w.sort_key, w.person_id from (
			  select s.birth_date, s.sort_key, s.person_id from m s where true
			  order by s.sort_key, s.person_id limit 80) w
			order by w.sort_key, w.person_id limit 20 offset 0) p on true
			order by p.sort_key, p.person_id""";

	/**
	 * The same for a scope that is a whole top-level organisation (a province) and a fragment
	 * with a trigram (decision 0281): {@code s.top_id = ?} instead of the path range, so the
	 * GIN index over (top_id, trigrams) finds the matching rows.
	 */
	static final String PS_PAGE_TOP_Q = PS_PAGE_Q.replace("(s.path like ?)", "(s.top_id = ?)");

	static final String PS_COUNT = """
			select count(distinct s.person_id) from person_scope s where (s.path like ?)""";

	static final String PS_IDS = """
			select distinct w.birth_date, w.sort_key, w.person_id from (
			  select s.birth_date, s.sort_key, s.person_id from person_scope s where (s.path like ?)
			  order by s.sort_key, s.person_id limit 80) w
			order by w.sort_key, w.person_id limit 20 offset 0""";

	/** The same, oldest first (sort=birthDate). */
	static final String PS_IDS_AGE = """
			select distinct w.birth_date, w.sort_key, w.person_id from (
			  select s.birth_date, s.sort_key, s.person_id from person_scope s where (s.path like ?)
			  order by s.birth_date, s.sort_key, s.person_id limit 80) w
			order by w.birth_date, w.sort_key, w.person_id limit 20 offset 0""";

	static final String PS_ROWS = """
			select p.id, p.full_name, p.birth_date, p.sex, p.cccd, p.job_title, p.work_unit_id, w.name as work_unit_name,
			  p.party_unit_id is not null as party_member, p.union_unit_id is not null as union_member,
			  p.youth_unit_id is not null as youth_member
			from person p left join org_unit w on w.id = p.work_unit_id
			 where p.id = any(?) order by p.sort_key, p.id""";

	static final String PS_KINDS = """
			select count(*), count(*) filter (where s.party_member), count(*) filter (where s.union_member),
			  count(*) filter (where s.youth_member),
			  count(*) filter (where s.youth_member and s.birth_date <= '1995-11-22')
			from (select distinct on (s.person_id) s.person_id, s.party_member, s.union_member, s.youth_member,
			  s.birth_date from person_scope s where (s.path like ?) order by s.person_id) s""";

	static final String PS_VISIBLE = """
			select exists (select 1 from person p where p.id = ? and exists (select 1 from person_scope ps where ps.person_id = p.id and (ps.path like ?)))""";

	/** Above this a warm-up run is "seconds slow": fewer measured runs. */
	static final long SLOW_NANOS = 2_000_000_000L;

	record Case(String name, String sql, Object[] params) {

	}

	public static void main(String[] args) throws Exception {
		String url = args[0];
		Path results = Path.of(args[1]);
		String variant = args[2];
		int runs = args.length > 3 ? Integer.parseInt(args[3]) : 50;
		Files.createDirectories(results);
		try (Connection c = DriverManager.getConnection(url)) {
			if (variant.endsWith("-custom")) {
				// Plan every execution with its values: a generic plan cannot turn "path like $1"
				// into an index range.
				try (Statement s = c.createStatement()) {
					s.execute("set plan_cache_mode = force_custom_plan");
				}
			}
			String province = one(c, "select path from org_unit where code = 'T01'");
			// A grassroots office of median size inside the first province.
			String grassroots = one(c, """
					select g.path from org_unit g
					where g.kind = 'GRASSROOTS_COMMITTEE' and g.code like 'T01-G%'
					order by (select count(*) from org_unit c where c.path like g.path || '%'), g.id
					offset (select count(*) / 2 from org_unit where kind = 'GRASSROOTS_COMMITTEE' and code like 'T01-G%')
					limit 1""");
			String provincePeople = one(c, "select count(*) from person p join org_unit u on u.id = p.work_unit_id"
					+ " where u.path like '" + province + "%'");
			String grassrootsPeople = one(c, "select count(*) from person p join org_unit u on u.id = p.work_unit_id"
					+ " where u.path like '" + grassroots + "%'");
			List<Case> cases = new ArrayList<>();
			String common = "%huong%";
			String rare = "%khanh chi%";
			if (variant.startsWith("person-scope")) {
				try (Statement s = c.createStatement()) {
					s.execute("set plan_cache_mode = force_custom_plan");
				}
				for (String[] office : new String[][] { { "province", province }, { "grassroots", grassroots } }) {
					String path = office[1] + "%";
					// the application's choice (PersonScope.pathsCondition): a whole top-level
					// organisation and a fragment with a trigram go through top_id
					Long top = office[1].matches("/[0-9]+/") ? Long.valueOf(office[1].replace("/", "")) : null;
					for (String[] q : new String[][] { { "'huong'", common }, { "'khanh chi'", rare }, { "'thi'", "%thi%" },
							{ "'an' (no trigram)", "%an%" } }) {
						boolean byTop = top != null && q[1].length() >= 5;
						cases.add(new Case("count + ids in one, " + office[0] + ", " + q[0], byTop ? PS_PAGE_TOP_Q : PS_PAGE_Q,
								new Object[] { byTop ? top : path, q[1] }));
						if (byTop) {
							cases.add(new Case("(before 0281: path range) count + ids in one, " + office[0] + ", " + q[0],
									PS_PAGE_Q, new String[] { path, q[1] }));
						}
					}
					cases.add(new Case("ids, " + office[0] + ", no filter", PS_IDS, new String[] { path }));
					cases.add(new Case("count, " + office[0] + ", no filter", PS_COUNT, new String[] { path }));
					cases.add(new Case("ids, " + office[0] + ", no filter, by birth date", PS_IDS_AGE,
							new String[] { path }));
					cases.add(new Case("kinds, " + office[0], PS_KINDS, new String[] { path }));
				}
				List<Long> ids = new ArrayList<>();
				try (PreparedStatement ps = c.prepareStatement(PS_IDS_Q)) {
					ps.setString(1, province + "%");
					ps.setString(2, common);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							ids.add(rs.getLong(3));
						}
					}
				}
				cases.add(new Case("page rows by 20 ids", PS_ROWS,
						new Object[] { c.createArrayOf("bigint", ids.toArray()) }));
				cases.add(new Case("visibility of one person, province", PS_VISIBLE,
						new Object[] { ids.get(0), province + "%" }));
			}
			else if (variant.startsWith("scoped")) {
				cases.add(new Case("list scoped, province, 'huong'", LIST_SCOPED, new String[] { common, province + "%" }));
				cases.add(new Case("count scoped, province, 'huong'", LIST_SCOPED_COUNT,
						new String[] { common, province + "%" }));
				cases.add(new Case("list scoped, province, 'khanh chi'", LIST_SCOPED,
						new String[] { rare, province + "%" }));
				cases.add(new Case("count scoped, province, 'khanh chi'", LIST_SCOPED_COUNT,
						new String[] { rare, province + "%" }));
				cases.add(new Case("list scoped, grassroots, 'huong'", LIST_SCOPED,
						new String[] { common, grassroots + "%" }));
				cases.add(new Case("count scoped, grassroots, 'huong'", LIST_SCOPED_COUNT,
						new String[] { common, grassroots + "%" }));
				cases.add(new Case("kinds scoped, province", KINDS_SCOPED, new String[] { province + "%" }));
				cases.add(new Case("kinds scoped, grassroots", KINDS_SCOPED, new String[] { grassroots + "%" }));
			}
			else {
				cases.add(new Case("list, province, 'huong'", LIST, new String[] { common, province + "%" }));
				cases.add(new Case("count, province, 'huong'", LIST_COUNT, new String[] { common, province + "%" }));
				cases.add(new Case("list, province, 'khanh chi'", LIST, new String[] { rare, province + "%" }));
				cases.add(new Case("count, province, 'khanh chi'", LIST_COUNT, new String[] { rare, province + "%" }));
				cases.add(new Case("list, grassroots, 'huong'", LIST, new String[] { common, grassroots + "%" }));
				cases.add(new Case("count, grassroots, 'huong'", LIST_COUNT, new String[] { common, grassroots + "%" }));
				cases.add(new Case("list, province, no filter", LIST_NO_FILTER, new String[] { province + "%" }));
				cases.add(new Case("kinds, province", KINDS, new String[] { province + "%", province + "%" }));
				cases.add(new Case("kinds, grassroots", KINDS, new String[] { grassroots + "%", grassroots + "%" }));
			}
			Path table = results.resolve("timings-" + variant + ".md");
			Path plans = results.resolve("plans-" + variant + ".txt");
			try (PrintWriter t = new PrintWriter(Files.newBufferedWriter(table, StandardCharsets.UTF_8));
					PrintWriter p = new PrintWriter(Files.newBufferedWriter(plans, StandardCharsets.UTF_8))) {
				t.printf("Province office %s (%s people by work unit); grassroots office %s (%s people).%n%n", province,
						provincePeople, grassroots, grassrootsPeople);
				t.println("| query | rows | p50 ms | p95 ms | max ms | runs |");
				t.println("|---|---|---|---|---|---|");
				for (Case k : cases) {
					String line = time(c, k, runs);
					System.out.println(line);
					t.println(line);
					t.flush();
					p.println("== " + k.name());
					p.println(explain(c, k));
					p.flush();
				}
			}
		}
	}

	private static String one(Connection c, String sql) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** The SQL with ?1/?2 or ? replaced by '…' literals, for EXPLAIN. */
	static String literal(Case k) {
		String sql = k.sql();
		for (int i = k.params().length; i >= 1; i--) {
			sql = sql.replace("?" + i, sqlLiteral(k.params()[i - 1]));
		}
		for (Object param : k.params()) {
			sql = sql.replaceFirst("\\?", java.util.regex.Matcher.quoteReplacement(sqlLiteral(param)));
		}
		return sql;
	}

	private static String sqlLiteral(Object param) {
		if (param instanceof java.sql.Array a) {
			try {
				return "'" + Arrays.toString((Object[]) a.getArray()).replace('[', '{').replace(']', '}').replace(" ", "")
						+ "'::bigint[]";
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return "'" + param + "'";
	}

	/** JDBC wants plain ?; the numbered ones are expanded in order of appearance. */
	static String jdbcSql(Case k, List<Object> order) {
		String sql = k.sql();
		if (!sql.contains("?1")) {
			order.addAll(Arrays.asList(k.params()));
			return sql;
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < sql.length(); i++) {
			char ch = sql.charAt(i);
			if (ch == '?' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
				order.add(k.params()[sql.charAt(i + 1) - '1']);
				b.append('?');
				i++;
			}
			else {
				b.append(ch);
			}
		}
		return b.toString();
	}

	private static String time(Connection c, Case k, int runs) throws SQLException {
		List<Object> order = new ArrayList<>();
		String sql = jdbcSql(k, order);
		long[] nanos = new long[runs];
		int rows = 0;
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			for (int i = 0; i < order.size(); i++) {
				ps.setObject(i + 1, order.get(i));
			}
			long warm = 0;
			for (int w = 0; w < 3; w++) {
				long t0 = System.nanoTime();
				rows = run(ps);
				warm = System.nanoTime() - t0;
			}
			if (warm > SLOW_NANOS) {
				// A query that takes seconds is measured 5 times, not 50 (the table says so).
				runs = 5;
				nanos = new long[runs];
			}
			for (int r = 0; r < runs; r++) {
				long t0 = System.nanoTime();
				run(ps);
				nanos[r] = System.nanoTime() - t0;
			}
		}
		Arrays.sort(nanos);
		return String.format("| %s | %d | %.1f | %.1f | %.1f | %d |", k.name(), rows, nanos[runs / 2] / 1e6,
				nanos[(int) Math.ceil(runs * 0.95) - 1] / 1e6, nanos[runs - 1] / 1e6, runs);
	}

	private static int run(PreparedStatement ps) throws SQLException {
		int rows = 0;
		try (ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				rows++;
			}
		}
		return rows;
	}

	private static String explain(Connection c, Case k) throws SQLException {
		StringBuilder b = new StringBuilder();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("explain (analyze, buffers) " + literal(k))) {
			while (rs.next()) {
				b.append(rs.getString(1)).append('\n');
			}
		}
		return b.toString();
	}

}
