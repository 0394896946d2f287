package vn.dangvu.programme.progress;

/**
 * The review's SQL (decision 0274), plain text so that the benchmark (bench/,
 * ProgrammeBoardBench) times exactly what {@link ReviewQueries} runs. The owner rows
 * {@code o} are narrowed by a unit condition of {@link ProgressSql} ({@code ALL_UNITS} or
 * {@code UNITS_IN_SCOPE}). Parameters: {@code :p} (the programme), {@code :from},
 * {@code :to}, {@code :toEnd} (the instant the day after {@code to} begins in Vietnam),
 * {@code :lateAsOf}, the scope's parameters, {@code :size} and {@code :off}.
 */
public final class ReviewSql {

	/**
	 * Each owner row in scope with its done day (null: not done by the end of {@code to})
	 * and its activity's due day and task. A row not changed since the period's end is in
	 * the state it had then: done on its {@code done_since} (V1005, decision 0277); only
	 * the rows changed after it are read back from their history (the first record "done"
	 * after the last that was not, up to the end of {@code to}).
	 */
	static final String ROWS = """
			with moved as (
			  select o.activity_id, o.unit_id from programme_activity_owner o
			  where o.programme_id = :p and o.progress_at >= :toEnd and o.status <> 'CANCELLED' and %1$s),
			h as (
			  select g.activity_id, g.unit_id, g.status, g.recorded_at,
			         max(g.recorded_at) filter (where g.status <> 'DONE')
			             over (partition by g.activity_id, g.unit_id) as last_open
			  from programme_progress g join moved m on m.activity_id = g.activity_id and m.unit_id = g.unit_id
			  where g.recorded_at < :toEnd),
			d as (
			  select activity_id, unit_id, min(recorded_at) as done_at from h
			  where status = 'DONE' and (last_open is null or recorded_at > last_open)
			  group by activity_id, unit_id),
			r as (
			  select o.activity_id, o.unit_id, a.task_id, a.due_on,
			         ((case when o.progress_at >= :toEnd then d.done_at
			                when o.status = 'DONE' then o.done_since end) at time zone 'Asia/Ho_Chi_Minh')::date as done_on
			  from programme_activity_owner o join programme_activity a on a.id = o.activity_id
			  left join d on d.activity_id = o.activity_id and d.unit_id = o.unit_id
			  where o.programme_id = :p and o.status <> 'CANCELLED' and %1$s)
			""";

	/** The five figures over rows {@code x} with {@code due_on} and {@code done_on}. */
	static final String FIGURES = """
			count(*) filter (where x.due_on between :from and :to) as n_due,
			count(*) filter (where x.due_on between :from and :to and x.done_on is not null) as n_due_done,
			count(*) filter (where x.done_on between :from and :to) as n_done,
			count(*) filter (where (x.done_on is null and x.due_on <= :lateAsOf)
			                    or (x.done_on between :from and :to and x.done_on > x.due_on)) as n_late,
			count(*) filter (where x.done_on is null and x.due_on > :lateAsOf) as n_open""";

	/** The indicators with the latest value whose period ends within [from, to]. */
	public static final String INDICATORS = """
			select i.id, ar.id, t.code, i.name, i.kind, i.target, i.unit_label, v.value, v.period_end
			from programme_indicator i join programme_task t on t.id = i.task_id
			join programme_area ar on ar.id = t.area_id
			left join lateral (
			  select iv.value, iv.period_end from programme_indicator_value iv
			  where iv.indicator_id = i.id and iv.period_end between :from and :to
			  order by iv.period_end desc, iv.period_start limit 1) v on true
			where t.programme_id = :p order by ar.position, t.position, i.position""";

	private ReviewSql() {
	}

	/**
	 * The areas with the figures of their activities (an activity done once every owner
	 * row in scope is done, on the last one's day).
	 */
	public static String areas(String units) {
		return ROWS.formatted(units) + """
				, v as (
				  select r.activity_id, min(r.task_id) as task_id, min(r.due_on) as due_on,
				         case when count(r.done_on) = count(*) then max(r.done_on) end as done_on
				  from r group by r.activity_id)
				select ar.id, ar.position, ar.title, count(x.activity_id) as n, """ + FIGURES + """

				from programme_area ar
				left join programme_task t on t.area_id = ar.id
				left join v x on x.task_id = t.id
				where ar.programme_id = :p group by ar.id order by ar.position""";
	}

	/**
	 * One page of the owner units with the figures of their own rows, by path or the most
	 * late first, with the number of units.
	 */
	public static String units(String units, boolean lateFirst) {
		return ROWS.formatted(units) + """
				, f as (
				  select x.unit_id, """ + FIGURES + """
				  from r x group by x.unit_id)
				select u.id, u.name, f.n_due, f.n_due_done, f.n_done, f.n_late, f.n_open, count(*) over ()
				from f join unit_ref u on u.id = f.unit_id
				order by """ + (lateFirst ? " f.n_late desc, u.path " : " u.path ") + """
				limit :size offset :off""";
	}

	/** The number of owner units in scope. */
	public static String unitCount(String units) {
		return ROWS.formatted(units) + " select count(distinct unit_id) from r";
	}

}
