package vn.dangvu.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dangvu.meeting.oversight.ComplianceSql;

/**
 * The committee's oversight of cell meetings (decision 0227) on a province-size committee:
 * a separate database {@code bench_meeting} on the bench server with the application's
 * schema (its Flyway migrations, V903's indexes included), a Party root with 60
 * grassroots committees of 50 cells (3,000 cells, ~75,000 members), twelve months of
 * regular meetings and a thematic one each quarter (~47,000 meetings, ~1.1 M attendance
 * rows, most of them graded), all written by a few set-based statements
 * (generate_series). It then times the dashboard's own SQL ({@link ComplianceSql},
 * compiled from ../src, bound as the application binds it) for the root (3,000 cells) and
 * one grassroots committee (50 cells): the month view (its statements one after the other,
 * as the page's request runs them), the year's grade distribution and the year's repeated
 * absences (which the page loads after the month). A calibration line says how busy the
 * two cores were.
 *
 * <pre>bench/run.sh start; bench/run.sh meeting-oversight</pre>
 *
 * With a third argument {@code without-indexes} it drops V903's indexes first, to show
 * what they are for.
 */
public final class MeetingOversightBench {

	static final int COMMITTEES = 60;

	static final int CELLS_PER_COMMITTEE = 50;

	static final int RUNS = 30;

	/** The month viewed; "today" is the 20th of it. */
	static final YearMonth MONTH = YearMonth.of(2026, 11);

	/**
	 * For comparison only: attendance by month summed over the attendance rows, as it
	 * would be read without the counts V903 keeps on each meeting.
	 */
	static final String ATTENDANCE_FROM_ROWS = """
			select date_trunc('month', m.meets_on)::date, count(*), count(*) filter (where a.presence = 'PRESENT')
			from unit_ref u join meeting m on m.unit_id = u.id join meeting_attendance a on a.meeting_id = m.id
			where u.kind = 'CELL' and u.path like :under and m.state = 'HELD' and m.meets_on between :seriesFrom and :monthTo
			group by 1 order by 1""";

	private MeetingOversightBench() {
	}

	public static void main(String[] args) throws Exception {
		String serverUrl = args[0];
		Path results = Path.of(args[1]);
		boolean withoutIndexes = args.length > 2 && "without-indexes".equals(args[2]);
		String url = BenchSchema.database(serverUrl, "bench_meeting");
		StringBuilder out = new StringBuilder();
		try (Connection c = DriverManager.getConnection(url)) {
			long t0 = System.nanoTime();
			BenchSchema.recreate(c, url);
			Timings.line(out, "flyway", t0);
			generate(c, out);
			try (Statement s = c.createStatement()) {
				s.execute("set plan_cache_mode to force_custom_plan");
				if (withoutIndexes) {
					s.execute("drop index meeting_attendance_absent");
					s.execute("drop index meeting_held_day");
					out.append("V903's indexes dropped\n");
				}
			}
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
					select (select count(*) from org_unit where kind = 'CELL'), (select count(*) from person),
					       (select count(*) from meeting), (select count(*) from meeting where state = 'HELD'),
					       (select count(*) from meeting_attendance), (select count(*) from meeting_grade),
					       pg_size_pretty(pg_total_relation_size('meeting') + pg_total_relation_size('meeting_attendance')
					                      + pg_total_relation_size('meeting_grade'))""")) {
				rs.next();
				out.append("cells %d, members %d, meetings %d (held %d), attendance rows %d, grades %d, size %s%n"
					.formatted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
							rs.getLong(6), rs.getString(7)));
			}
			// the page's first request reads the month (its cells, attendance over twelve months, the year's
			// grades); htmx then asks for the year's repeated absences
			List<String> monthView = List.of(ComplianceSql.CELLS_OF_MONTH, ComplianceSql.ATTENDANCE_BY_MONTH,
					ComplianceSql.GRADES);
			out.append(calibration(c));
			out.append(Timings.header());
			for (String[] office : new String[][] { { "/1/", "province (3,000 cells)" },
					{ "/1/2/", "one grassroots committee (50 cells)" } }) {
				Map<String, Object> p = params(office[0]);
				Timings.time(c, out, "month view, " + office[1], RUNS, p, monthView);
				Timings.time(c, out, "  cells of the month, " + office[1], RUNS, ComplianceSql.CELLS_OF_MONTH, p);
				Timings.time(c, out, "  attendance, 12 months, " + office[1], RUNS, ComplianceSql.ATTENDANCE_BY_MONTH,
						p);
				Timings.time(c, out, "  (before V903: attendance summed over its rows), " + office[1], RUNS,
						ATTENDANCE_FROM_ROWS, p);
				Timings.time(c, out, "year's grade distribution, " + office[1], RUNS, ComplianceSql.GRADES, p);
				Timings.time(c, out, "year's repeated absences (loaded after), " + office[1], RUNS,
						ComplianceSql.REPEATED_ABSENCES, p);
			}
			out.append("\nPlans (province):\n");
			for (String sql : List.of(ComplianceSql.CELLS_OF_MONTH, ComplianceSql.ATTENDANCE_BY_MONTH,
					ComplianceSql.GRADES, ComplianceSql.REPEATED_ABSENCES)) {
				Timings.explain(c, out, sql, params("/1/"));
			}
		}
		System.out.print(out);
		Files.createDirectories(results);
		Files.writeString(results.resolve(withoutIndexes ? "meeting-oversight-without-indexes.md" : "meeting-oversight.md"),
				out.toString());
	}

	/**
	 * How fast the machine is at the moment (other work shares its two cores): the time of
	 * a plain statement that needs only CPU, best of five: figures compare only beside it.
	 */
	static String calibration(Connection c) throws Exception {
		double best = Double.MAX_VALUE;
		try (Statement s = c.createStatement()) {
			for (int i = 0; i < 5; i++) {
				long t = System.nanoTime();
				s.executeQuery("select count(*) from generate_series(1, 3000000)").close();
				best = Math.min(best, (System.nanoTime() - t) / 1e6);
			}
			try (ResultSet rs = s.executeQuery("select version()")) {
				rs.next();
				return "%s%ncalibration: select count(*) from generate_series(1, 3000000) best of 5 = %.0f ms, load average %s%n"
					.formatted(rs.getString(1), best, loadAverage());
			}
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (java.io.IOException ex) {
			return "?";
		}
	}

	/** The parameters the application binds for the month viewed and an office's unit path. */
	static Map<String, Object> params(String unitPath) {
		Map<String, Object> p = new LinkedHashMap<>();
		LocalDate quarterFrom = LocalDate.of(MONTH.getYear(), ((MONTH.getMonthValue() - 1) / 3) * 3 + 1, 1);
		p.put("under", unitPath + "%");
		p.put("monthFrom", Date.valueOf(MONTH.atDay(1)));
		p.put("monthTo", Date.valueOf(MONTH.atEndOfMonth()));
		p.put("quarterFrom", Date.valueOf(quarterFrom));
		p.put("quarterTo", Date.valueOf(quarterFrom.plusMonths(3).minusDays(1)));
		p.put("seriesFrom", Date.valueOf(MONTH.minusMonths(11).atDay(1)));
		p.put("yearFrom", Date.valueOf(LocalDate.of(MONTH.getYear(), 1, 1)));
		p.put("runAtLeast", 3);
		return p;
	}

	private static void generate(Connection c, StringBuilder out) throws Exception {
		try (Statement s = c.createStatement()) {
			long t = System.nanoTime();
			// the tree: the province's root, 60 grassroots committees, 50 cells each; one cell in a
			// hundred established in the month viewed, one in a hundred closed in June (paths by trigger)
			BenchSchema.committeesAndCells(s, "TINH", "Đảng bộ Tỉnh", COMMITTEES, CELLS_PER_COMMITTEE,
					"case when id %% 100 = 7 then date '%s' + 19 else date '2008-01-01' end".formatted(MONTH.atDay(1)),
					"case when id % 100 = 13 then date '2026-06-01' end");
			// 15 to 35 members per cell
			s.execute("""
					insert into person (full_name, family_name, middle_name, given_name, search_text, sort_key, birth_date,
					                    sex, cccd, work_unit_id, party_unit_id)
					select 'Đảng viên ' || c.id || '-' || n, 'Đảng', 'viên', c.id || '-' || n, 'dang vien ' || c.id || '-' || n,
					       convert_to(c.id || '-' || n, 'UTF8'), date '1970-01-01' + ((c.id * 37 + n * 101) % 12000)::int,
					       'MALE', lpad((c.id * 100 + n)::text, 12, '0'), c.id, c.id
					from org_unit c cross join lateral generate_series(1, 15 + (c.id * 7) % 21) n
					where c.kind = 'CELL'""");
			Timings.line(out, "units and members", t);
			t = System.nanoTime();
			// a regular meeting every month the cell exists (the 5th, 14:00) and a thematic one in the
			// last month of each quarter (the 12th); 3 in a hundred of the month viewed not yet held,
			// 2 in a hundred of the months before, 1 in a hundred cancelled
			s.execute("""
					insert into meeting (unit_id, kind, topic, meets_on, starts_at, state, cancel_reason, held_from, held_to,
					                     resolution, votes_for, votes_against, votes_abstain, recorded_at, recorded_by,
					                     created_by)
					select c.id, k.kind, k.topic, k.day, time '14:00', st.state,
					       case when st.state = 'CANCELLED' then 'Trùng lịch' end,
					       case when st.state = 'HELD' then time '14:00' end, case when st.state = 'HELD' then time '16:00' end,
					       case when st.state = 'HELD' then 'Nghị quyết tháng' end,
					       case when st.state = 'HELD' then 10 end, case when st.state = 'HELD' then 0 end,
					       case when st.state = 'HELD' then 0 end, case when st.state = 'HELD' then now() end,
					       case when st.state = 'HELD' then 'bench' end, 'bench'
					from org_unit c
					cross join generate_series(date '%1$s', date '%2$s', interval '1 month') g(month)
					cross join lateral (values ('REGULAR', 'Sinh hoạt thường kỳ', g.month::date + 4),
					                           ('THEMATIC', 'Sinh hoạt chuyên đề', g.month::date + 11)) k(kind, topic, day)
					cross join lateral (select (c.id * 31 + extract(month from g.month)::int * 17 + length(k.kind)) %% 100 as r) h
					cross join lateral (select case
					    when h.r = 0 then 'CANCELLED'
					    when g.month = date '%2$s' and h.r < 4 then 'PLANNED'
					    when h.r < 3 then 'PLANNED'
					    else 'HELD' end as state) st
					where c.kind = 'CELL' and (k.kind = 'REGULAR' or extract(month from g.month)::int %% 3 = 0)
					  and c.established_on <= (g.month + interval '1 month - 1 day')::date
					  and (c.closed_on is null or c.closed_on > g.month::date)
					  and (c.established_on <= k.day or st.state <> 'HELD')"""
				.formatted(MONTH.minusMonths(11).atDay(1), MONTH.atDay(1)));
			Timings.line(out, "meetings", t);
			t = System.nanoTime();
			// attendance: every member of the cell; 4.3 % excused, 0.2 % without a reason, and one
			// member in 97 away on a long mission from June to September (four or more in a row)
			s.execute("""
					insert into meeting_attendance (meeting_id, person_id, probationary, presence, reason, spoke)
					select m.id, p.id, false, pr.presence, case when pr.presence = 'EXCUSED' then 'Ốm' end, r.v % 3 = 0
					from meeting m join person p on p.party_unit_id = m.unit_id
					cross join lateral (select ((m.id * 7919 + p.id * 104729) % 1000)::int as v) r
					cross join lateral (select case
					    when p.id % 97 = 0 and extract(month from m.meets_on) between 6 and 9 then 'EXCUSED'
					    when r.v < 2 then 'UNEXCUSED' when r.v < 45 then 'EXCUSED' else 'PRESENT' end as presence) pr
					where m.state = 'HELD'""");
			Timings.line(out, "attendance", t);
			t = System.nanoTime();
			// graded by the committee: the meetings before the month viewed, 9 in 10 of them
			s.execute("""
					insert into meeting_grade (meeting_id, sheet_id, manual_scores, total, grade, graded_at, graded_by)
					select m.id, (select id from meeting_score_sheet where unit_id is null), '{}'::jsonb,
					       g.total, case when g.total >= 90 then 'GOOD' when g.total >= 70 then 'FAIR'
					                     when g.total >= 50 then 'AVERAGE' else 'POOR' end, now(), 'bench'
					from meeting m cross join lateral (select (45 + (m.id * 13) %% 55)::numeric as total) g
					where m.state = 'HELD' and m.meets_on < date '%s' and m.id %% 10 <> 0""".formatted(MONTH.atDay(1)));
			Timings.line(out, "grades", t);
			t = System.nanoTime();
			s.execute("vacuum (analyze)");
			Timings.line(out, "vacuum analyze", t);
		}
	}

}
