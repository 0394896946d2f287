package vn.dangvu.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.programme.RollUpRule;
import vn.dangvu.programme.cascade.OwnActivitySql;
import vn.dangvu.programme.progress.ProgressSql;
import vn.dangvu.programme.progress.ReviewSql;
import vn.dangvu.programme.progress.RollUp;

/**
 * A work programme cascaded to 3,000 units (issue 12, decisions 0272 and 0273): a separate
 * database {@code bench_programme} on the bench server with the application's schema (its
 * Flyway migrations), a Party root with 60 grassroots committees of 50 cells (3,000
 * cells), one adopted programme of the root for 2026 (3 areas, 18 key tasks, 235
 * activities) owned by every cell (705,000 owner rows, statuses as of 20/11/2026: most of
 * those due before it done, some overdue, some at risk), a year of progress records for
 * the rows that moved (one to four each) and monthly values of 36 indicators, all written
 * by a few set-based statements (generate_series). It then times the application's own
 * SQL ({@link ProgressSql}, {@link OwnActivitySql}, compiled from ../src, bound as
 * {@code JdbcClient} binds it, {@code plan_cache_mode = force_custom_plan} as the
 * application's connections) and, for the board and the roll-up, the request as
 * {@code ProgressQueries} runs it: its statements one after the other and the roll-up in
 * Java ({@link RollUp}, also compiled from ../src). A calibration line says how busy the
 * two cores were.
 *
 * <pre>bench/run.sh start; bench/run.sh programme-board</pre>
 *
 * The summary over every owner reads the counts per activity, status and percent that
 * V1004's triggers keep (decision 0276); the aggregate over the owner rows it replaced is
 * timed beside it, with a check that both give the same figures.
 */
public final class ProgrammeBoardBench {

	static final int COMMITTEES = 60;

	static final int CELLS_PER_COMMITTEE = 50;

	static final int ACTIVITIES = 235;

	static final int RUNS = 30;

	/** "Today" of the measurement: the programme runs over 2026. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	/** The application's setting {@code dangvu.programme.at-risk-days} (default). */
	static final int AT_RISK_DAYS = 14;

	/** Runs of the review (it reads the year's progress history; fewer runs than the board's). */
	static final int REVIEW_RUNS = 5;

	/** The board page's size in the application (ProgressQueries.UNITS_PER_PAGE). */
	static final int APP_PAGE = 12;

	/** The person who leads every 20th activity. */
	static final long LEAD_PERSON = 5001;

	/**
	 * A rewrite of {@link ProgressSql#activities} over every owner, for comparison: the
	 * owner rows grouped by activity, status and percent first (which PostgreSQL may do in
	 * parallel workers), the activity's dates joined to the groups; the same figures.
	 */
	static final String GROUPED_ACTIVITIES = ProgressSql.ALL_OWNERS_FROM_TALLY.replace("left join programme_owner_tally o", """
			left join (select activity_id, status, percent, count(*) as owners from programme_activity_owner
			           where programme_id = :p group by activity_id, status, percent) o""");

	/** The owner row's write of a progress record (ProgressRecords), as a statement that answers a row. */
	static final String OWNER_UPDATE = """
			with u as (update programme_activity_owner
			           set percent = case when percent >= 95 then 1 else percent + 1 end, version = version + 1,
			               progress_at = now()
			           where activity_id = :activity and unit_id = :unit returning 1)
			select count(*) from u""";

	private ProgrammeBoardBench() {
	}

	public static void main(String[] args) throws Exception {
		String serverUrl = args[0];
		Path results = Path.of(args[1]);
		String name = "programme-board";
		String url = BenchSchema.database(serverUrl, "bench_programme");
		StringBuilder out = new StringBuilder();
		try (Connection c = DriverManager.getConnection(url)) {
			long t0 = System.nanoTime();
			BenchSchema.recreate(c, url);
			Timings.line(out, "flyway", t0);
			generate(c, out);
			try (Statement s = c.createStatement()) {
				s.execute("vacuum (analyze) programme_owner_tally");
				s.execute("set plan_cache_mode to force_custom_plan");
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select (select count(*) from org_unit where kind = 'CELL'), (select count(*) from programme_activity),
					       (select count(*) from programme_activity_owner),
					       (select count(*) from programme_activity_owner where status = 'DONE'),
					       (select count(*) from programme_activity_owner o join programme_activity a on a.id = o.activity_id
					        where o.status in ('NOT_STARTED', 'IN_PROGRESS') and a.due_on < date '%s'),
					       (select count(*) from programme_progress), (select count(*) from programme_indicator_value),
					       pg_size_pretty(pg_total_relation_size('programme_activity_owner')),
					       pg_size_pretty(pg_total_relation_size('programme_progress'))""".formatted(TODAY))) {
				rs.next();
				out.append(("cells %d, activities %d, owner rows %d (done %d, overdue %d), progress records %d, "
						+ "indicator values %d, size owner rows %s, progress %s%n").formatted(rs.getLong(1),
								rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
								rs.getLong(7), rs.getString(8), rs.getString(9)));
			}
			long cell = firstCell(c);
			Map<String, Object> root = params(true, "/1/");
			Map<String, Object> committee = params(false, "/1/2/");
			out.append(MeetingOversightBench.calibration(c));
			out.append(Timings.header());
			// (a) the board's summary: one aggregate per activity over every owner in scope; for the root office
			// from the tally V1004 keeps (decision 0276), beside the aggregate over the owner rows it replaces
			String ownerRows = ProgressSql.ownerRows(ProgressSql.ALL_UNITS);
			Timings.time(c, out, "board summary (235 activities × 3,000 units), root office, from the tally", RUNS,
					ProgressSql.activities(ProgressSql.ALL_UNITS), root);
			out.append("| same figures from the tally as from the owner rows: %s | | | | | |%n"
				.formatted(rows(c, ProgressSql.activities(ProgressSql.ALL_UNITS), root).equals(rows(c, ownerRows, root))));
			Timings.time(c, out, "*before 0276*: board summary over the owner rows, root office", RUNS, ownerRows, root);
			out.append("| same figures grouped first as from the owner rows: %s | | | | | |%n"
				.formatted(rows(c, GROUPED_ACTIVITIES, root).equals(rows(c, ownerRows, root))));
			Timings.time(c, out, "*rewrite*: board summary, owner rows grouped by (activity, status, percent) first", RUNS,
					GROUPED_ACTIVITIES, root);
			Timings.time(c, out, "board summary, one grassroots office (50 units)", RUNS,
					ProgressSql.activities(ProgressSql.UNITS_IN_SCOPE), committee);
			// (b) a page of unit rows: count, the page's units, the activities, their owner rows
			for (int[] page : new int[][] { { 100, 0 }, { 100, 2900 }, { APP_PAGE, 0 } }) {
				Map<String, Object> p = new LinkedHashMap<>(root);
				p.put("size", page[0]);
				p.put("off", page[1]);
				p.put("units", pageUnits(c, ProgressSql.ALL_UNITS, p));
				Timings.time(c, out, "board page of %d units (offset %d): its 4 statements, root office"
					.formatted(page[0], page[1]), RUNS, p,
						List.of(ProgressSql.unitCount(ProgressSql.ALL_UNITS), ProgressSql.unitPage(ProgressSql.ALL_UNITS),
								ProgressSql.ACTIVITY_DATES, ProgressSql.PAGE_OWNER_ROWS));
			}
			String summary = ProgressSql.activities(ProgressSql.ALL_UNITS);
			for (int size : new int[] { 100, APP_PAGE }) {
				Timings.time(out, "whole board request, %d units, root office (11 statements + roll-ups in Java)"
					.formatted(size), RUNS, () -> board(c, summary, ProgressSql.ALL_UNITS, root, size));
			}
			Timings.time(out, "whole board request, %d units, one grassroots office".formatted(APP_PAGE), RUNS,
					() -> board(c, ProgressSql.activities(ProgressSql.UNITS_IN_SCOPE), ProgressSql.UNITS_IN_SCOPE,
							committee, APP_PAGE));
			// (c) the roll-up of the programme (its overview page) and one unit's
			Timings.time(out, "roll-up of the programme (5 statements + RollUp), root office", RUNS,
					() -> overview(c, summary, root).size());
			Timings.time(out, "*before 0276*: roll-up of the programme over the owner rows, root office", RUNS,
					() -> overview(c, ownerRows, root).size());
			Map<String, Object> one = new LinkedHashMap<>(root);
			one.put("unitId", cell);
			Timings.time(out, "roll-up of one cell's own rows", RUNS,
					() -> overview(c, ProgressSql.activities(ProgressSql.ONE_UNIT), one).size());
			// (e) the review over a period (decision 0274): the page's three statements over the progress history
			for (LocalDate[] period : new LocalDate[][] { { LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31) },
					{ LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30) } }) {
				for (boolean all : new boolean[] { true, false }) {
					Map<String, Object> r = review(all ? root : committee, period[0], period[1]);
					String units = all ? ProgressSql.ALL_UNITS : ProgressSql.UNITS_IN_SCOPE;
					Timings.time(c, out, "review %s–%s: areas, page of 50 units, indicators, %s".formatted(period[0],
							period[1], all ? "root office" : "one grassroots office"), REVIEW_RUNS, r,
							List.of(ReviewSql.areas(units), ReviewSql.units(units, false), ReviewSql.INDICATORS));
				}
			}
			// (d) a unit's own open activities (the home card)
			Map<String, Object> secretary = own(new Long[] { cell }, -1L);
			Map<String, Object> lead = own(new Long[] { 2L }, LEAD_PERSON);
			Map<String, Object> both = own(new Long[] { cell }, LEAD_PERSON);
			Timings.time(c, out, "own open activities, a cell's secretary", RUNS, OwnActivitySql.OPEN_ACTIVITIES,
					secretary);
			Timings.time(c, out, "own open activities, a person leading 11 activities", RUNS,
					OwnActivitySql.OPEN_ACTIVITIES, lead);
			Timings.time(c, out, "own open activities, a cell's secretary who also leads", RUNS,
					OwnActivitySql.OPEN_ACTIVITIES, both);
			// the cost on the write side: one owner row of a progress record (ProgressRecords' update)
			Map<String, Object> w = new LinkedHashMap<>();
			w.put("activity", 100L);
			w.put("unit", cell + 1);
			Timings.time(c, out, "a progress record's owner row update (1 row), tally kept by trigger",
					RUNS, OWNER_UPDATE, w);
			out.append("\nPlans (root office; page of 100 units; the home card):\n");
			Timings.explain(c, out, ProgressSql.activities(ProgressSql.ALL_UNITS), root);
			Timings.explain(c, out, ProgressSql.activities(ProgressSql.UNITS_IN_SCOPE), committee);
			Map<String, Object> p = new LinkedHashMap<>(root);
			p.put("size", 100);
			p.put("units", pageUnits(c, ProgressSql.ALL_UNITS, p));
			Timings.explain(c, out, ProgressSql.unitCount(ProgressSql.ALL_UNITS), p);
			Timings.explain(c, out, ProgressSql.unitPage(ProgressSql.ALL_UNITS), p);
			Timings.explain(c, out, ProgressSql.PAGE_OWNER_ROWS, p);
			Timings.explain(c, out, OwnActivitySql.OPEN_ACTIVITIES, secretary);
			Timings.explain(c, out, OwnActivitySql.OPEN_ACTIVITIES, lead);
			Timings.explain(c, out, GROUPED_ACTIVITIES, root);
			Timings.explain(c, out, ownerRows, root);
		}
		System.out.print(out);
		Files.createDirectories(results);
		Files.writeString(results.resolve(name + ".md"), out.toString());
	}

	/** The review's parameters over [from, to] as ReviewQueries binds them ("today" is TODAY). */
	static Map<String, Object> review(Map<String, Object> scope, LocalDate from, LocalDate to) {
		Map<String, Object> p = new LinkedHashMap<>(scope);
		p.put("from", Date.valueOf(from));
		p.put("to", Date.valueOf(to));
		p.put("lateAsOf", Date.valueOf(to.isBefore(TODAY) ? to : TODAY.minusDays(1)));
		p.put("toEnd", to.plusDays(1).atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime());
		p.put("size", 50);
		p.put("off", 0);
		return p;
	}

	/** The parameters the application binds for programme 1 and an office's scope. */
	static Map<String, Object> params(boolean all, String path) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("p", 1L);
		p.put("today", Date.valueOf(TODAY));
		p.put("scopeAll", all);
		p.put("scopePatterns", all ? new String[0] : new String[] { path + "%" });
		p.put("size", APP_PAGE);
		p.put("off", 0);
		return p;
	}

	static Map<String, Object> own(Long[] units, long person) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("units", units);
		p.put("person", person);
		p.put("n", 5);
		return p;
	}

	private static long firstCell(Connection c) throws Exception {
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select min(id) from org_unit where kind = 'CELL'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static Long[] pageUnits(Connection c, String units, Map<String, Object> p) throws Exception {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.unitPage(units), p);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids.toArray(Long[]::new);
	}

	/** The tasks of the programme as RollUp wants them (ProgressQueries.tree). */
	private static List<RollUp.Task> tasks(Connection c, Map<String, Object> p) throws Exception {
		List<RollUp.Task> tasks = new ArrayList<>();
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.AREAS, p); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				rs.getString(3);
			}
		}
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.TASKS, p); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				tasks.add(new RollUp.Task(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(5)));
			}
		}
		return tasks;
	}

	/**
	 * ProgressQueries.overview: the tree, the aggregate per activity, the rule, the title,
	 * then the roll-up in Java; answers the tasks' figures.
	 */
	static Map<Long, RollUp.Figures> overview(Connection c, String summary, Map<String, Object> p) throws Exception {
		List<RollUp.Task> tasks = tasks(c, p);
		List<RollUp.Activity> activities = new ArrayList<>();
		try (PreparedStatement ps = Timings.prepare(c, summary, p);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				activities.add(new RollUp.Activity(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
						new RollUp.Owners(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getLong(10))));
			}
		}
		String rule = single(c, ProgressSql.ROLL_UP_RULE, p);
		RollUp.Result result = RollUp.of(RollUpRule.valueOf(rule), tasks, activities, TODAY, AT_RISK_DAYS);
		single(c, ProgressSql.TITLE, p);
		return result.tasks();
	}

	/**
	 * ProgressQueries.board: the overview, the count of owner units, a page of them, the
	 * tree, the activities, the page's owner rows, a roll-up per unit; answers the cells.
	 */
	static int board(Connection c, String summary, String units, Map<String, Object> params, int size)
			throws Exception {
		Map<String, Object> p = new LinkedHashMap<>(params);
		Map<Long, RollUp.Figures> all = overview(c, summary, p);
		Integer.parseInt(single(c, ProgressSql.unitCount(units), p));
		p.put("size", size);
		p.put("off", 0);
		List<Long> pageUnits = new ArrayList<>();
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.unitPage(units), p);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				pageUnits.add(rs.getLong(1));
				rs.getString(2);
			}
		}
		List<RollUp.Task> tasks = tasks(c, p);
		Map<Long, Object[]> activities = new HashMap<>();
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.ACTIVITY_DATES, p);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				activities.put(rs.getLong(1), new Object[] { rs.getLong(2), rs.getBigDecimal(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class) });
			}
		}
		Map<Long, List<RollUp.Activity>> byUnit = new LinkedHashMap<>();
		pageUnits.forEach((u) -> byUnit.put(u, new ArrayList<>()));
		p.put("units", pageUnits.toArray(Long[]::new));
		try (PreparedStatement ps = Timings.prepare(c, ProgressSql.PAGE_OWNER_ROWS, p);
				ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				Object[] a = activities.get(rs.getLong(1));
				LocalDate s = (LocalDate) a[2];
				LocalDate d = (LocalDate) a[3];
				byUnit.get(rs.getLong(2))
					.add(new RollUp.Activity(rs.getLong(1), (Long) a[0], (BigDecimal) a[1], s, d,
							RollUp.Owners.one(rs.getString(3), rs.getInt(4), s, d, TODAY)));
			}
		}
		int cells = 0;
		for (Long u : pageUnits) {
			RollUp.Result r = RollUp.of(RollUpRule.WEIGHTED, tasks, byUnit.get(u), TODAY, AT_RISK_DAYS);
			cells += r.tasks().size();
		}
		return all.size() + cells;
	}

	/** The rows of a statement as text (to compare two statements' answers). */
	private static String rows(Connection c, String sql, Map<String, Object> p) throws Exception {
		StringBuilder text = new StringBuilder();
		try (PreparedStatement ps = Timings.prepare(c, sql + " order by 1", p); ResultSet rs = ps.executeQuery()) {
			while (rs.next()) {
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					text.append(rs.getString(i)).append('\t');
				}
				text.append('\n');
			}
		}
		return text.toString();
	}

	private static String single(Connection c, String sql, Map<String, Object> p) throws Exception {
		try (PreparedStatement ps = Timings.prepare(c, sql, p); ResultSet rs = ps.executeQuery()) {
			rs.next();
			return rs.getString(1);
		}
	}

	private static void generate(Connection c, StringBuilder out) throws Exception {
		try (Statement s = c.createStatement()) {
			long t = System.nanoTime();
			// the tree: the root, 60 grassroots committees, 50 cells each (paths by trigger)
			BenchSchema.committeesAndCells(s, "KHOI", "Đảng bộ Khối", COMMITTEES, CELLS_PER_COMMITTEE,
					"date '2008-01-01'", "null");
			Timings.line(out, "units", t);
			t = System.nanoTime();
			// the root's programme for 2026, adopted; 3 areas of 6 key tasks; 235 activities spread over
			// the tasks, due from the end of January to the end of December, one in three without a start
			// of its own, every 20th led by LEAD_PERSON and a few others by other people
			s.execute("""
					insert into programme (unit_id, kind, title, search, period_kind, starts_on, ends_on, state,
					                       adopting_document_id, adopted_on, roll_up, created_by)
					values (1, 'PARTY_ANNUAL', 'Chương trình công tác năm 2026', 'chuong trinh cong tac nam 2026', 'YEAR',
					        date '2026-01-01', date '2026-12-31', 'ADOPTED', 1, date '2026-01-10', 'WEIGHTED', 'bench')""");
			s.execute("""
					insert into programme_area (programme_id, position, title)
					select 1, g, 'Lĩnh vực ' || g from generate_series(1, 3) g""");
			s.execute("""
					insert into programme_task (programme_id, area_id, position, code, title, weight)
					select 1, a.id, t, a.position || '.' || t, 'Nhiệm vụ trọng tâm ' || a.position || '.' || t, 1 + t %% 3
					from programme_area a cross join generate_series(1, %d) t order by a.position, t""".formatted(6));
			s.execute("""
					insert into programme_activity (programme_id, task_id, position, title, lead_person_id, starts_on, due_on,
					                                weight)
					select 1, t.id, (n - 1) / 18 + 1, 'Hoạt động ' || n,
					       case when n %% 20 = 0 then %2$d when n %% 20 = 7 then 6000 + n end,
					       case when n %% 3 <> 0 then d.due - 20 - (n * 7) %% 60 end, d.due, 1 + n %% 4
					from generate_series(1, %1$d) n
					join (select id, row_number() over (order by id) r from programme_task) t on t.r = (n - 1) %% 18 + 1
					cross join lateral (select least(date '2026-12-31', date '2026-01-31' + (n * 53) %% 335) as due) d"""
				.formatted(ACTIVITIES, LEAD_PERSON));
			// every cell owns every activity; the status as of TODAY by a hash of the row: due before today
			// 80 % done, 10 % under way, 8 % not started (both overdue), 2 % cancelled; due in the next
			// two weeks 28 % done, half under way; later 9 % done, 40 % under way; the percent of a row
			// under way 1..95; version = its progress records (1..4)
			s.execute("""
					insert into programme_activity_owner (activity_id, unit_id, programme_id, status, percent, progress_at,
					                                      version)
					select a.id, u.id, 1, st.status,
					       case st.status when 'DONE' then 100 when 'IN_PROGRESS' then 1 + (h.r * 7 + a.id)::int %% 95 else 0 end,
					       case when st.status <> 'NOT_STARTED' then
					         (least(a.due_on, date '%1$s' - 1) - (h.r %% 25)::int)::timestamp + time '15:30' end,
					       case when st.status = 'NOT_STARTED' then 0 when st.status = 'CANCELLED' then 1
					            else 1 + (a.id + u.id) %% 4 end
					from programme_activity a cross join org_unit u
					cross join lateral (select ((a.id * 7919 + u.id * 104729) %% 100)::int as r) h
					cross join lateral (select case
					    when a.due_on < date '%1$s' then
					      case when h.r < 2 then 'CANCELLED' when h.r < 82 then 'DONE' when h.r < 92 then 'IN_PROGRESS'
					           else 'NOT_STARTED' end
					    when a.due_on <= date '%1$s' + 14 then
					      case when h.r < 2 then 'CANCELLED' when h.r < 30 then 'DONE' when h.r < 80 then 'IN_PROGRESS'
					           else 'NOT_STARTED' end
					    else
					      case when h.r < 1 then 'CANCELLED' when h.r < 10 then 'DONE' when h.r < 50 then 'IN_PROGRESS'
					           else 'NOT_STARTED' end end as status) st
					where u.kind = 'CELL'""".formatted(TODAY));
			Timings.line(out, "programme and owner rows", t);
			t = System.nanoTime();
			// the history: one record per version, nine days apart, the earlier ones under way with a
			// growing percent, the last one the row's status and percent
			s.execute("""
					insert into programme_progress (activity_id, unit_id, status, percent, note, recorded_by, recorded_at)
					select o.activity_id, o.unit_id,
					       case when g = o.version then o.status else 'IN_PROGRESS' end,
					       case when g = o.version then o.percent else least(99, o.percent * g / (o.version + 1)) end,
					       case when g = o.version and o.status = 'DONE' then 'Đã hoàn thành' end,
					       'bench', o.progress_at - (o.version - g) * interval '9 days'
					from programme_activity_owner o cross join generate_series(1, o.version) g
					where o.version > 0""");
			Timings.line(out, "progress records", t);
			t = System.nanoTime();
			// two indicators per key task, a value for each month ended
			s.execute("""
					insert into programme_indicator (task_id, position, name, kind, target, unit_label)
					select t.id, k, case k when 1 then 'Tỷ lệ chi bộ thực hiện' else 'Số đảng viên tham gia' end,
					       case k when 1 then 'PERCENT' else 'COUNT' end, case k when 1 then 90 else 3000 end,
					       case k when 1 then null else 'người' end
					from programme_task t cross join generate_series(1, 2) k""");
			s.execute("""
					insert into programme_indicator_value (indicator_id, period_start, period_end, value, recorded_by)
					select i.id, m::date, (m + interval '1 month - 1 day')::date,
					       case i.kind when 'PERCENT' then least(100, 8 * extract(month from m)) else 250 * extract(month from m) end,
					       'bench'
					from programme_indicator i cross join generate_series(date '2026-01-01', date '%s', interval '1 month') m"""
				.formatted(TODAY.withDayOfMonth(1).minusMonths(1)));
			Timings.line(out, "indicators and values", t);
			t = System.nanoTime();
			s.execute("vacuum (analyze)");
			Timings.line(out, "vacuum analyze", t);
		}
	}

}
