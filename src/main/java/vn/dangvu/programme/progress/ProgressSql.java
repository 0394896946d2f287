package vn.dangvu.programme.progress;

import vn.dangvu.organisation.UnitScope;

/**
 * The roll-up's and the board's SQL (decision 0272), plain text so that the benchmark
 * (bench/, ProgrammeBoardBench) times exactly what {@link ProgressQueries} runs. The
 * owner rows {@code o} are narrowed by a unit condition: {@link #ALL_UNITS} when the
 * caller's scope covers the programme's unit, {@link #ONE_UNIT} for one unit's roll-up,
 * {@link #UNITS_IN_SCOPE} otherwise. Parameters: {@code :p} (the programme),
 * {@code :today}, {@code :unitId}, {@code :scopeAll} and {@code :scopePatterns}
 * ({@link UnitScope#params()}), {@code :size}, {@code :off}, {@code :units}.
 */
public final class ProgressSql {

	/** Every owner row of the programme. */
	public static final String ALL_UNITS = "true";

	/** One unit's owner rows. */
	public static final String ONE_UNIT = "o.unit_id = :unitId";

	/** The owner rows of units in the caller's scope. */
	public static final String UNITS_IN_SCOPE = "o.unit_id in (select u.id from unit_ref u where "
			+ UnitScope.condition("u") + ")";

	/** The areas of a programme in order. */
	public static final String AREAS = "select id, position, title from programme_area where programme_id = :p order by position";

	/** The key tasks of a programme in order. */
	public static final String TASKS = """
			select t.id, t.area_id, t.code, t.title, t.weight from programme_task t
			join programme_area a on a.id = t.area_id where t.programme_id = :p order by a.position, t.position""";

	public static final String ROLL_UP_RULE = "select roll_up from programme where id = :p";

	public static final String TITLE = "select title from programme where id = :p";

	/**
	 * The activities of a programme with their start, due day and weight (the board's
	 * cells).
	 */
	public static final String ACTIVITY_DATES = """
			select a.id, a.task_id, a.weight, coalesce(a.starts_on, p.starts_on), a.due_on
			from programme_activity a join programme p on p.id = a.programme_id where a.programme_id = :p""";

	/** The owner rows of one page of units ({@code :units}). */
	public static final String PAGE_OWNER_ROWS = """
			select activity_id, unit_id, status, percent from programme_activity_owner
			where programme_id = :p and unit_id = any(:units)""";

	private ProgressSql() {
	}

	/**
	 * {@link #ownerRows} over every owner of the programme, read from the counts of owner
	 * rows per activity, status and percent that V1004's triggers keep (decision 0276):
	 * the same columns and figures from at most (activities × distinct percents) rows.
	 */
	public static final String ALL_OWNERS_FROM_TALLY = """
			select a.id, a.task_id, a.weight, coalesce(a.starts_on, p.starts_on) s, a.due_on,
			       coalesce(sum(o.owners), 0),
			       coalesce(sum(o.owners) filter (where o.status = 'DONE'), 0),
			       coalesce(sum(o.owners) filter (where o.status = 'CANCELLED'), 0),
			       coalesce(sum(o.owners) filter (where o.status in ('NOT_STARTED', 'IN_PROGRESS')
			           and o.percent::bigint * greatest(1, a.due_on - coalesce(a.starts_on, p.starts_on))
			               < 100 * least(:today - coalesce(a.starts_on, p.starts_on),
			                             greatest(1, a.due_on - coalesce(a.starts_on, p.starts_on)))), 0),
			       coalesce(sum(o.owners::bigint * o.percent) filter (where o.status <> 'CANCELLED'), 0)
			from programme_activity a join programme p on p.id = a.programme_id
			left join programme_owner_tally o on o.activity_id = a.id
			where a.programme_id = :p group by a.id, p.starts_on""";

	/**
	 * The activities of a programme with the figures of their owner rows that match
	 * {@code units}: one aggregate per activity (the roll-up and the board's first
	 * column); over every owner ({@link #ALL_UNITS}) from the tally.
	 */
	public static String activities(String units) {
		return ALL_UNITS.equals(units) ? ALL_OWNERS_FROM_TALLY : ownerRows(units);
	}

	/**
	 * {@link #activities} aggregated over the owner rows themselves (one unit's, or a
	 * scope's; over every owner the tally gives the same figures).
	 */
	public static String ownerRows(String units) {
		return """
				select a.id, a.task_id, a.weight, coalesce(a.starts_on, p.starts_on) s, a.due_on,
				       count(o.unit_id),
				       count(*) filter (where o.status = 'DONE'),
				       count(*) filter (where o.status = 'CANCELLED'),
				       count(*) filter (where o.status in ('NOT_STARTED', 'IN_PROGRESS')
				           and o.percent::bigint * greatest(1, a.due_on - coalesce(a.starts_on, p.starts_on))
				               < 100 * least(:today - coalesce(a.starts_on, p.starts_on),
				                             greatest(1, a.due_on - coalesce(a.starts_on, p.starts_on)))),
				       coalesce(sum(o.percent) filter (where o.status <> 'CANCELLED'), 0)
				from programme_activity a join programme p on p.id = a.programme_id
				left join programme_activity_owner o on o.activity_id = a.id and """ + " " + units
				+ " where a.programme_id = :p group by a.id, p.starts_on";
	}

	/** The number of owner units of the programme that match {@code units}. */
	public static String unitCount(String units) {
		return "select count(*) from unit_ref o where o.id in (select unit_id from "
				+ "programme_activity_owner where programme_id = :p) and " + units.replace("o.unit_id", "o.id");
	}

	/** One page of the owner units that match {@code units}, by path. */
	public static String unitPage(String units) {
		return "select o.id, o.name from unit_ref o where o.id in (select unit_id "
				+ "from programme_activity_owner where programme_id = :p) and " + units.replace("o.unit_id", "o.id")
				+ " order by o.path limit :size offset :off";
	}

}
