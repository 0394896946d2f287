package vn.dangvu.meeting.oversight;

/**
 * The oversight dashboard's SQL (decision 0227), plain text so that the benchmark
 * (bench/, MeetingOversightBench) times exactly what the application runs. Each section
 * is one set-based statement over the subtree of one unit, read through the organisation
 * module's published view {@code unit_ref} by its materialised path ({@code :under}, the
 * unit's path followed by {@code %}); no statement per cell or per meeting.
 */
public final class ComplianceSql {

	/** The Party cells of the subtree. */
	private static final String CELLS = "u.kind = 'CELL' and u.path like :under";

	/**
	 * Every cell expected to meet in the month (it exists on at least one day of it: a
	 * cell established on the 28th is expected, one closed on the 1st is not) with
	 * whether it held its regular meeting in the month and a thematic one in the quarter;
	 * for each it has not held, the first such meeting planned (its id and day) and not
	 * recorded. Parameters {@code :under}, {@code :monthFrom}, {@code :monthTo},
	 * {@code :quarterFrom}, {@code :quarterTo}.
	 */
	public static final String CELLS_OF_MONTH = """
			with cell as materialized (
			  select u.id, u.name, u.path, u.established_on, u.closed_on,
			         exists (select 1 from meeting m where m.unit_id = u.id and m.kind = 'REGULAR' and m.state = 'HELD'
			                 and m.meets_on between :monthFrom and :monthTo) as met,
			         exists (select 1 from meeting m where m.unit_id = u.id and m.kind = 'THEMATIC' and m.state = 'HELD'
			                 and m.meets_on between :quarterFrom and :quarterTo) as thematic
			  from unit_ref u
			  where %s and u.established_on <= :monthTo and (u.closed_on is null or u.closed_on > :monthFrom)
			)
			select c.id, c.name, c.established_on, c.closed_on, c.met, c.thematic, pr.id, pr.meets_on, pt.id, pt.meets_on
			from cell c
			left join lateral (select p.id, p.meets_on from meeting p
			    where not c.met and p.unit_id = c.id and p.kind = 'REGULAR' and p.state = 'PLANNED'
			      and p.meets_on between :monthFrom and :monthTo order by p.meets_on, p.id limit 1) pr on true
			left join lateral (select p.id, p.meets_on from meeting p
			    where not c.thematic and p.unit_id = c.id and p.kind = 'THEMATIC' and p.state = 'PLANNED'
			      and p.meets_on between :quarterFrom and :quarterTo order by p.meets_on, p.id limit 1) pt on true
			order by c.path"""
		.formatted(CELLS);

	/**
	 * Members expected and present at the held meetings of the subtree, by month, from
	 * {@code :seriesFrom} to {@code :monthTo}: a sum over meetings of the counts the
	 * database keeps with the attendance (V903).
	 */
	public static final String ATTENDANCE_BY_MONTH = """
			select date_trunc('month', m.meets_on)::date, sum(m.expected_count), sum(m.present_count)
			from unit_ref u join meeting m on m.unit_id = u.id
			where %s and m.state = 'HELD' and m.meets_on between :seriesFrom and :monthTo
			group by 1 order by 1""".formatted(CELLS);

	/**
	 * The held meetings of the subtree from {@code :yearFrom} to {@code :monthTo} by
	 * grade (the committee's override when there is one; null: not graded yet).
	 */
	public static final String GRADES = """
			select coalesce(g.override_grade, g.grade), count(*)
			from unit_ref u join meeting m on m.unit_id = u.id left join meeting_grade g on g.meeting_id = m.id
			where %s and m.state = 'HELD' and m.meets_on between :yearFrom and :monthTo
			group by 1""".formatted(CELLS);

	/**
	 * Members who missed {@code :runAtLeast} or more of their cell's held meetings in a
	 * row, or any without a reason, from {@code :yearFrom} to {@code :monthTo}: the
	 * longest run, the absences, those without a reason and the last meeting missed (id,
	 * day). A run counts the cell's held meetings in order; a meeting where the member
	 * was present or not expected ends it. Only absence rows are read (a partial index
	 * keeps them), and the runs are islands of consecutive meeting numbers.
	 */
	public static final String REPEATED_ABSENCES = """
			with held as (
			  select m.id, m.unit_id, m.meets_on,
			         row_number() over (partition by m.unit_id order by m.meets_on, m.starts_at, m.id) as seq
			  from unit_ref u join meeting m on m.unit_id = u.id
			  where %s and m.state = 'HELD' and m.meets_on between :yearFrom and :monthTo
			), absent as (
			  select h.unit_id, a.person_id, h.id as meeting_id, h.seq, a.presence,
			         h.seq - row_number() over (partition by h.unit_id, a.person_id order by h.seq) as island
			  from held h join meeting_attendance a on a.meeting_id = h.id and a.presence <> 'PRESENT'
			), runs as (
			  select unit_id, person_id, count(*) as length, count(*) filter (where presence = 'UNEXCUSED') as unexcused,
			         max(array[seq, meeting_id]) as last
			  from absent group by unit_id, person_id, island
			), members as (
			  select unit_id, person_id, max(length) as longest, sum(length) as absences, sum(unexcused) as unexcused,
			         max(last) as last
			  from runs group by unit_id, person_id
			  having max(length) >= :runAtLeast or sum(unexcused) > 0
			)
			select x.unit_id, u.name, x.person_id, p.full_name, x.longest, x.absences, x.unexcused, l.id, l.meets_on
			from members x join unit_ref u on u.id = x.unit_id join person_ref p on p.id = x.person_id
			join meeting l on l.id = x.last[2]
			order by x.longest desc, x.unexcused desc, u.path, p.sort_key, p.id"""
		.formatted(CELLS);

	private ComplianceSql() {
	}

}
