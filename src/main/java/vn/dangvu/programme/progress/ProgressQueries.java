package vn.dangvu.programme.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.ActivityStatus;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.RollUpRule;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeAccess.Unit;
import vn.dangvu.programme.progress.RollUp.Counts;
import vn.dangvu.programme.progress.RollUp.Figures;

/**
 * Reads of progress (decision 0272): an activity's owners and history, the roll-up of a
 * programme (whole, or one unit's), and the board of key tasks × owner units. Every read
 * is scoped: the programme must be seen, and only owner rows of units in the caller's
 * scope count (all of them when the scope covers the programme's unit). The board reads
 * the owner rows in one aggregate per activity plus the rows of one page of units.
 */
@Service
@Transactional(readOnly = true)
public class ProgressQueries {

	/** Owner units per page of the board. */
	public static final int UNITS_PER_PAGE = 12;

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final Clock clock;

	private final int atRiskDays;

	ProgressQueries(JdbcClient jdbc, ProgrammeAccess access, Clock clock,
			@Value("${dangvu.programme.at-risk-days:14}") int atRiskDays) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
		this.atRiskDays = Math.max(0, atRiskDays);
	}

	/** The days ahead an open activity counts as due soon (the setting). */
	public int atRiskDays() {
		return this.atRiskDays;
	}

	// An activity

	public record ActivityHead(long id, long programmeId, String programmeTitle, ProgrammeState state, String taskCode,
			String title, LocalDate startsOn, LocalDate dueOn) {

	}

	/** An owner row as its writer sees it; {@code mayWrite}: the caller writes for it. */
	public record OwnerRow(long activityId, long unitId, String unitName, ActivityStatus status, int percent,
			OffsetDateTime progressAt, int version, boolean mayWrite) {

	}

	public record Entry(long id, long unitId, String unitName, ActivityStatus status, int percent, String note,
			String evidenceKind, String evidenceRef, String recordedBy, OffsetDateTime recordedAt) {

		/** When it was recorded, in Vietnam's time (for the pages). */
		public java.time.LocalDateTime recordedLocal() {
			return this.recordedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDateTime();
		}

	}

	public record ActivityProgress(ActivityHead activity, List<OwnerRow> owners, List<Entry> history) {

	}

	/**
	 * An activity's owner rows in the caller's scope and their history, newest first (one
	 * unit's when {@code unitId} is given; a unit not seen is a 404).
	 */
	public ActivityProgress activity(long activityId, Long unitId, Caller caller) {
		ActivityHead a = this.jdbc
			.sql("""
					select a.id, a.programme_id, p.title, p.state, t.code, a.title, coalesce(a.starts_on, p.starts_on), a.due_on
					from programme_activity a join programme p on p.id = a.programme_id
					join programme_task t on t.id = a.task_id where a.id = :id""")
			.param("id", activityId)
			.query((rs, n) -> new ActivityHead(rs.getLong(1), rs.getLong(2), rs.getString(3),
					ProgrammeState.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("activity", activityId));
		Head head = this.access.programme(a.programmeId(), caller);
		if (unitId != null) {
			this.access.unit(unitId, caller);
		}
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, unitId, caller, params);
		params.put("a", activityId);
		List<OwnerRow> owners = this.jdbc.sql("""
				select o.unit_id, u.name, o.status, o.percent, o.progress_at, o.version, u.path, u.kind, u.closed_on
				from programme_activity_owner o join unit_ref u on u.id = o.unit_id
				where o.activity_id = :a and """ + " " + units + " order by u.path limit 500")
			.params(params)
			.query((rs, n) -> new OwnerRow(activityId, rs.getLong(1), rs.getString(2),
					ActivityStatus.valueOf(rs.getString(3)), rs.getInt(4), rs.getObject(5, OffsetDateTime.class),
					rs.getInt(6),
					a.state() == ProgrammeState.ADOPTED && this.access.mayWrite(caller,
							new Unit(rs.getLong(1), rs.getString(2), rs.getString(7),
									vn.dangvu.organisation.UnitKind.valueOf(rs.getString(8)),
									rs.getObject(9, LocalDate.class)))))
			.list();
		List<Entry> history = this.jdbc
			.sql("""
					select g.id, g.unit_id, u.name, g.status, g.percent, g.note, g.evidence_kind, g.evidence_ref,
					       g.recorded_by, g.recorded_at
					from programme_progress g join programme_activity_owner o on o.activity_id = g.activity_id and o.unit_id = g.unit_id
					join unit_ref u on u.id = g.unit_id
					where g.activity_id = :a and """
					+ " " + units + " order by g.recorded_at desc, g.id desc limit 500")
			.params(params)
			.query((rs, n) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getString(3),
					ActivityStatus.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), rs.getObject(10, OffsetDateTime.class)))
			.list();
		return new ActivityProgress(a, owners, history);
	}

	/**
	 * The owner rows the caller writes for in a programme, open ones first by due day (at
	 * most 200): what a secretary updates.
	 */
	public List<MyRow> myRows(long programmeId, Caller caller) {
		Head head = this.access.programme(programmeId, caller);
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, null, caller, params);
		params.put("p", programmeId);
		List<MyRow> rows = new ArrayList<>();
		this.jdbc
			.sql("""
					select a.id, t.code, a.title, a.due_on, o.unit_id, u.name, o.status, o.percent, o.version,
					       u.path, u.kind, u.closed_on
					from programme_activity_owner o join programme_activity a on a.id = o.activity_id
					join programme_task t on t.id = a.task_id join unit_ref u on u.id = o.unit_id
					where o.programme_id = :p and """ + " " + units
					+ " order by (o.status in ('DONE', 'CANCELLED')), a.due_on, t.code, a.position, u.path limit 400")
			.params(params)
			.query((rs, n) -> {
				Unit unit = new Unit(rs.getLong(5), rs.getString(6), rs.getString(10),
						vn.dangvu.organisation.UnitKind.valueOf(rs.getString(11)), rs.getObject(12, LocalDate.class));
				if (this.access.mayWrite(caller, unit) && rows.size() < 200) {
					rows.add(new MyRow(rs.getLong(1), rs.getString(2), rs.getString(3),
							rs.getObject(4, LocalDate.class), unit.id(), unit.name(),
							ActivityStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getInt(9)));
				}
				return 0;
			})
			.list();
		return rows;
	}

	public record MyRow(long activityId, String taskCode, String title, LocalDate dueOn, long unitId, String unitName,
			ActivityStatus status, int percent, int version) {

	}

	// Roll-up

	public record TaskRow(long id, long areaId, String code, String title, BigDecimal weight, Figures figures) {

	}

	public record AreaRow(long id, int position, String title, Figures figures, List<TaskRow> tasks) {

	}

	/**
	 * A programme rolled up on today: whole (in the caller's scope) or one unit's.
	 *
	 * @param unitName the unit rolled up, or null for every owner in scope
	 */
	public record Overview(long programmeId, String title, ProgrammeState state, RollUpRule rule, LocalDate today,
			int atRiskDays, Long unitId, String unitName, Figures programme, List<AreaRow> areas) {

	}

	public Overview overview(long programmeId, Long unitId, Caller caller) {
		Head head = this.access.programme(programmeId, caller);
		String unitName = (unitId == null) ? null : this.access.unit(unitId, caller).name();
		LocalDate today = VietnamTime.today(this.clock);
		Tree tree = tree(programmeId);
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, unitId, caller, params);
		params.put("p", programmeId);
		params.put("today", today);
		List<RollUp.Activity> activities = activities(programmeId, units, params);
		String rule = this.jdbc.sql(ProgressSql.ROLL_UP_RULE).param("p", programmeId).query(String.class).single();
		RollUpRule r = RollUpRule.valueOf(rule);
		RollUp.Result result = RollUp.of(r, tree.tasks(), activities, today, this.atRiskDays);
		String title = this.jdbc.sql(ProgressSql.TITLE).param("p", programmeId).query(String.class).single();
		return new Overview(programmeId, title, head.state(), r, today, this.atRiskDays, unitId, unitName,
				result.programme(), tree.rows(result));
	}

	/**
	 * The activities of a programme with the figures of their owner rows that match
	 * {@code units}.
	 */
	private List<RollUp.Activity> activities(long programmeId, String units, Map<String, Object> params) {
		return this.jdbc.sql(ProgressSql.activities(units))
			.params(params)
			.query((rs, n) -> new RollUp.Activity(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
					new RollUp.Owners(rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getLong(10))))
			.list();
	}

	// Charts

	/** A month's activities by due day: done (every owner counted done) and not done. */
	public record MonthBar(String label, int done, int open) {

	}

	public record AreaTimeline(long areaId, String title, List<MonthBar> months) {

		public int done() {
			return this.months.stream().mapToInt(MonthBar::done).sum();
		}

		public int open() {
			return this.months.stream().mapToInt(MonthBar::open).sum();
		}

	}

	/**
	 * Per area, its activities by due month over the programme's period: done or not
	 * (owners in the caller's scope; an activity whose owners are all cancelled is left
	 * out).
	 */
	public List<AreaTimeline> timeline(long programmeId, Caller caller) {
		Head head = this.access.programme(programmeId, caller);
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, null, caller, params);
		params.put("p", programmeId);
		params.put("today", VietnamTime.today(this.clock));
		Tree tree = tree(programmeId);
		Map<Long, Long> areaOfTask = new HashMap<>();
		tree.tasks().forEach((t) -> areaOfTask.put(t.id(), t.areaId()));
		java.time.YearMonth first = java.time.YearMonth.from(head.startsOn());
		java.time.YearMonth last = java.time.YearMonth.from(head.endsOn());
		int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 1;
		Map<Long, int[][]> byArea = new LinkedHashMap<>();
		for (Object[] a : tree.areaRows()) {
			byArea.put((Long) a[0], new int[months][2]);
		}
		for (RollUp.Activity a : activities(programmeId, units, params)) {
			int counted = a.owners().total() - a.owners().cancelled();
			int[][] bars = byArea.get(areaOfTask.get(a.taskId()));
			if (counted == 0 || bars == null) {
				continue;
			}
			int m = (int) Math.max(0, Math.min(months - 1,
					java.time.temporal.ChronoUnit.MONTHS.between(first, java.time.YearMonth.from(a.dueOn()))));
			bars[m][(a.owners().done() == counted) ? 0 : 1]++;
		}
		List<AreaTimeline> result = new ArrayList<>();
		for (Object[] a : tree.areaRows()) {
			int[][] bars = byArea.get((Long) a[0]);
			List<MonthBar> list = new ArrayList<>();
			for (int i = 0; i < months; i++) {
				java.time.YearMonth ym = first.plusMonths(i);
				list.add(new MonthBar("%02d/%d".formatted(ym.getMonthValue(), ym.getYear()), bars[i][0], bars[i][1]));
			}
			result.add(new AreaTimeline((Long) a[0], (String) a[2], list));
		}
		return result;
	}

	/** An indicator with its target and latest actual value (null when none yet). */
	public record IndicatorBar(long id, String taskCode, String name, String kind, BigDecimal target, String unitLabel,
			BigDecimal actual, Integer percentOfTarget) {

	}

	public List<IndicatorBar> indicators(long programmeId, Caller caller) {
		this.access.programme(programmeId, caller);
		return this.jdbc.sql("""
				select i.id, t.code, i.name, i.kind, i.target, i.unit_label,
				       (select v.value from programme_indicator_value v where v.indicator_id = i.id
				        order by v.period_end desc, v.period_start limit 1)
				from programme_indicator i join programme_task t on t.id = i.task_id
				join programme_area a on a.id = t.area_id
				where t.programme_id = :p order by a.position, t.position, i.position""")
			.param("p", programmeId)
			.query((rs, n) -> {
				BigDecimal target = rs.getBigDecimal(5);
				BigDecimal actual = rs.getBigDecimal(7);
				Integer percent = null;
				if (actual != null) {
					percent = (target.signum() == 0) ? ((actual.signum() == 0) ? 100 : 0)
							: actual.multiply(BigDecimal.valueOf(100))
								.divide(target, 0, java.math.RoundingMode.HALF_UP)
								.intValue();
				}
				return new IndicatorBar(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), target,
						rs.getString(6), actual, percent);
			})
			.list();
	}

	/** The areas and tasks of a programme in order. */
	record Tree(List<RollUp.Task> tasks, List<Object[]> areaRows, List<Object[]> taskRows) {

		List<AreaRow> rows(RollUp.Result result) {
			List<AreaRow> areas = new ArrayList<>();
			for (Object[] a : this.areaRows) {
				long areaId = (Long) a[0];
				List<TaskRow> tasks = new ArrayList<>();
				for (Object[] t : this.taskRows) {
					if ((Long) t[1] == areaId) {
						tasks.add(new TaskRow((Long) t[0], areaId, (String) t[2], (String) t[3], (BigDecimal) t[4],
								result.tasks().get((Long) t[0])));
					}
				}
				Figures f = result.areas().getOrDefault(areaId, new Figures(null, false, Counts.NONE));
				areas.add(new AreaRow(areaId, (Integer) a[1], (String) a[2], f, tasks));
			}
			return areas;
		}

	}

	Tree tree(long programmeId) {
		List<Object[]> areas = this.jdbc.sql(ProgressSql.AREAS)
			.param("p", programmeId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getInt(2), rs.getString(3) })
			.list();
		List<Object[]> tasks = this.jdbc.sql(ProgressSql.TASKS)
			.param("p", programmeId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
							rs.getBigDecimal(5) })
			.list();
		List<RollUp.Task> rollUpTasks = tasks.stream()
			.map((t) -> new RollUp.Task((Long) t[0], (Long) t[1], (BigDecimal) t[4]))
			.toList();
		return new Tree(rollUpTasks, areas, tasks);
	}

	// Board

	public record BoardUnit(long id, String name, Figures figures) {

	}

	/** A key task's row: its figures over every unit in scope and one cell per unit. */
	public record BoardTask(long id, String code, String title, Figures figures, List<Figures> cells) {

	}

	public record BoardArea(long id, String title, Figures figures, List<BoardTask> tasks) {

	}

	/**
	 * The board: key tasks (grouped by area, one area when {@code areaId} is given) × one
	 * page of owner units in scope.
	 */
	public record Board(long programmeId, String title, RollUpRule rule, LocalDate today, int atRiskDays,
			Figures programme, List<BoardUnit> units, int unitPage, int unitPages, int unitTotal, Long areaId,
			List<BoardArea> areas) {

	}

	public Board board(long programmeId, Long areaId, int unitPage, Caller caller) {
		Overview all = overview(programmeId, null, caller);
		Head head = this.access.programme(programmeId, caller);
		Map<String, Object> params = new HashMap<>();
		String units = unitCondition(head, null, caller, params);
		params.put("p", programmeId);
		int total = this.jdbc.sql(ProgressSql.unitCount(units)).params(params).query(Integer.class).single();
		int pages = Math.max(1, (total + UNITS_PER_PAGE - 1) / UNITS_PER_PAGE);
		int page = Math.max(0, Math.min(unitPage, pages - 1));
		params.put("size", UNITS_PER_PAGE);
		params.put("off", page * UNITS_PER_PAGE);
		List<Object[]> pageUnits = this.jdbc.sql(ProgressSql.unitPage(units))
			.params(params)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.list();
		LocalDate today = all.today();
		Tree tree = tree(programmeId);
		Map<Long, Object[]> activities = new HashMap<>();
		this.jdbc.sql(ProgressSql.ACTIVITY_DATES)
			.param("p", programmeId)
			.query((rs, n) -> activities.put(rs.getLong(1),
					new Object[] { rs.getLong(2), rs.getBigDecimal(3), rs.getObject(4, LocalDate.class),
							rs.getObject(5, LocalDate.class) }))
			.list();
		Map<Long, List<RollUp.Activity>> byUnit = new LinkedHashMap<>();
		for (Object[] u : pageUnits) {
			byUnit.put((Long) u[0], new ArrayList<>());
		}
		if (!pageUnits.isEmpty()) {
			this.jdbc.sql(ProgressSql.PAGE_OWNER_ROWS)
				.param("p", programmeId)
				.param("units", pageUnits.stream().map((u) -> (Long) u[0]).toArray(Long[]::new))
				.query((rs, n) -> {
					Object[] a = activities.get(rs.getLong(1));
					LocalDate s = (LocalDate) a[2];
					LocalDate d = (LocalDate) a[3];
					byUnit.get(rs.getLong(2))
						.add(new RollUp.Activity(rs.getLong(1), (Long) a[0], (BigDecimal) a[1], s, d,
								RollUp.Owners.one(rs.getString(3), rs.getInt(4), s, d, today)));
					return 0;
				})
				.list();
		}
		List<BoardUnit> boardUnits = new ArrayList<>();
		List<RollUp.Result> results = new ArrayList<>();
		for (Object[] u : pageUnits) {
			RollUp.Result r = RollUp.of(all.rule(), tree.tasks(), byUnit.get((Long) u[0]), today, this.atRiskDays);
			results.add(r);
			boardUnits.add(new BoardUnit((Long) u[0], (String) u[1], r.programme()));
		}
		List<BoardArea> areas = new ArrayList<>();
		for (AreaRow a : all.areas()) {
			if (areaId != null && a.id() != areaId) {
				continue;
			}
			List<BoardTask> tasks = new ArrayList<>();
			for (TaskRow t : a.tasks()) {
				tasks.add(new BoardTask(t.id(), t.code(), t.title(), t.figures(),
						results.stream().map((r) -> r.tasks().get(t.id())).toList()));
			}
			areas.add(new BoardArea(a.id(), a.title(), a.figures(), tasks));
		}
		return new Board(programmeId, all.title(), all.rule(), today, this.atRiskDays, all.programme(), boardUnits,
				page, pages, total, areaId, areas);
	}

	/**
	 * The condition on owner rows {@code o}: one unit's, or those of units in the
	 * caller's scope (none needed when the scope covers the programme's unit, whose
	 * subtree holds every owner).
	 */
	private String unitCondition(Head head, Long unitId, Caller caller, Map<String, Object> params) {
		if (unitId != null) {
			params.put("unitId", unitId);
			return ProgressSql.ONE_UNIT;
		}
		UnitScope scope = this.access.scope(caller);
		if (scope.covers(head.unit().path())) {
			return ProgressSql.ALL_UNITS;
		}
		params.putAll(scope.params());
		return ProgressSql.UNITS_IN_SCOPE;
	}

}
