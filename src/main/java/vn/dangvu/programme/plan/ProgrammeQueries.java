package vn.dangvu.programme.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.text.VietnameseText;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.PeriodKind;
import vn.dangvu.programme.ProgrammeAmendment;
import vn.dangvu.programme.ProgrammeCounts;
import vn.dangvu.programme.ProgrammeKind;
import vn.dangvu.programme.ProgrammePage;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.ProgrammeStructure;
import vn.dangvu.programme.ProgrammeSummary;
import vn.dangvu.programme.RollUpRule;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeReferences;

/**
 * Reads of programmes: a scoped list, one programme's structure, the counts a review
 * quotes, the amendments.
 */
@Service
@RequiredArgsConstructor
public class ProgrammeQueries {

	public static final int MAX_SIZE = 500;

	/** The whitelisted orders of the list, by name. */
	static final Map<String, String> ORDERS = Map.of("title", "p.search", "unit", "u.path", "startsOn", "p.starts_on",
			"state", "p.state", "kind", "p.kind");

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final ProgrammeReferences references;

	private final Amendments amendments;

	/** What a list asks for; null filters are any. */
	public record Filter(Long unitId, Integer year, ProgrammeKind kind, ProgrammeState state, String q) {

	}

	/**
	 * The programmes the caller sees that match, in an order of {@link #ORDERS} (default:
	 * newest period first).
	 */
	@Transactional(readOnly = true)
	public ProgrammePage list(Filter filter, String order, boolean ascending, int page, int size, Caller caller) {
		if (page < 0 || page > 100_000) {
			throw RuleViolationException.onField("page", "programme.page.invalid", MAX_SIZE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw RuleViolationException.onField("size", "programme.page.invalid", MAX_SIZE);
		}
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder(" where ").append(visible(caller, params));
		if (filter.unitId() != null) {
			unitSeen(filter.unitId(), caller);
			where.append(" and p.unit_id = :unit");
			params.put("unit", filter.unitId());
		}
		if (filter.year() != null) {
			if (filter.year() < 1900 || filter.year() > 2200) {
				throw RuleViolationException.onField("year", "programme.year.invalid");
			}
			where.append(" and p.starts_on <= :yearEnd and p.ends_on >= :yearStart");
			params.put("yearStart", LocalDate.of(filter.year(), 1, 1));
			params.put("yearEnd", LocalDate.of(filter.year(), 12, 31));
		}
		if (filter.kind() != null) {
			where.append(" and p.kind = :kind");
			params.put("kind", filter.kind().name());
		}
		if (filter.state() != null) {
			where.append(" and p.state = :state");
			params.put("state", filter.state().name());
		}
		String q = (filter.q() == null) ? "" : VietnameseText.fold(filter.q());
		if (!q.isEmpty()) {
			where.append(" and p.search like :q escape '\\'");
			params.put("q", VietnameseText.likeContains(q));
		}
		String from = " from programme p join unit_ref u on u.id = p.unit_id";
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		String column = (order == null) ? null : ORDERS.get(order);
		String orderBy = (column == null) ? " order by p.starts_on desc, u.path, p.id"
				: " order by " + column + (ascending ? " asc" : " desc") + ", p.starts_on desc, p.id";
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<ProgrammeSummary> items = this.jdbc
			.sql("""
					select p.id, p.unit_id, u.name, p.kind, p.title, p.period_kind, p.starts_on, p.ends_on, p.state, p.adopted_on,
					       (select count(*) from programme_area a where a.programme_id = p.id),
					       (select count(*) from programme_task t where t.programme_id = p.id),
					       (select count(*) from programme_activity v where v.programme_id = p.id)"""
					+ from + where + orderBy + " limit :limit offset :offset")
			.params(params)
			.query(ProgrammeQueries::summary)
			.list();
		return new ProgrammePage(items, page, size, total);
	}

	/**
	 * The SQL condition "the caller sees programme p of unit u", its parameters in
	 * params.
	 */
	String visible(Caller caller, Map<String, Object> params) {
		UnitScope scope = this.access.scope(caller);
		params.putAll(scope.params());
		params.put("ancestors", ProgrammeAccess.ancestorPaths(scope).toArray(String[]::new));
		return "(" + UnitScope.condition("u") + " or (p.state <> 'DRAFT' and u.path = any(:ancestors)))";
	}

	/** A unit to filter by: one the caller sees, or one above it; else 404. */
	private void unitSeen(long unitId, Caller caller) {
		UnitScope scope = this.access.scope(caller);
		boolean seen = this.access.findUnit(unitId)
			.filter((u) -> scope.covers(u.path()) || ProgrammeAccess.ancestorPaths(scope).contains(u.path()))
			.isPresent();
		if (!seen) {
			throw NotFoundException.of("unit", unitId);
		}
	}

	@Transactional(readOnly = true)
	public ProgrammeStructure structure(long id, Caller caller) {
		Head head = this.access.programme(id, caller);
		return read(head, caller);
	}

	private ProgrammeStructure read(Head head, Caller caller) {
		long id = head.id();
		Map<Long, List<ProgrammeStructure.Owner>> owners = new HashMap<>();
		this.jdbc
			.sql("""
					select o.activity_id, o.unit_id, u.name from programme_activity_owner o join unit_ref u on u.id = o.unit_id
					where o.programme_id = :id order by o.activity_id, u.path""")
			.param("id", id)
			.query((rs) -> {
				owners.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>())
					.add(new ProgrammeStructure.Owner(rs.getLong(2), rs.getString(3)));
			});
		Map<Long, List<ProgrammeStructure.Activity>> activities = new HashMap<>();
		this.jdbc.sql("""
				select a.id, a.task_id, a.position, a.title, a.lead_person_id, pr.full_name, a.starts_on, a.due_on,
				       a.due_precision, a.deliverable, a.weight
				from programme_activity a left join person_ref pr on pr.id = a.lead_person_id
				where a.programme_id = :id order by a.task_id, a.position, a.id""").param("id", id).query((rs) -> {
			long aid = rs.getLong(1);
			activities.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new ProgrammeStructure.Activity(aid, rs.getLong(2), rs.getInt(3), rs.getString(4),
						(Long) rs.getObject(5), rs.getString(6), rs.getObject(7, LocalDate.class),
						rs.getObject(8, LocalDate.class), DuePrecision.valueOf(rs.getString(9)), rs.getString(10),
						rs.getBigDecimal(11), List.copyOf(owners.getOrDefault(aid, List.of()))));
		});
		Map<Long, List<ProgrammeStructure.Indicator>> indicators = new HashMap<>();
		this.jdbc.sql("""
				select i.id, i.task_id, i.position, i.name, i.kind, i.target, i.unit_label
				from programme_indicator i join programme_task t on t.id = i.task_id
				where t.programme_id = :id order by i.task_id, i.position, i.id""").param("id", id).query((rs) -> {
			indicators.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new ProgrammeStructure.Indicator(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
						IndicatorKind.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getString(7)));
		});
		Map<Long, List<ProgrammeStructure.Task>> tasks = new LinkedHashMap<>();
		this.jdbc.sql("""
				select t.id, t.area_id, t.position, t.code, t.title, t.weight, t.parent_task_id,
				       case when pt.id is not null then pt.code || ' ' || pt.title || ' (' || pu.name || ')' end
				from programme_task t
				left join programme_task pt on pt.id = t.parent_task_id
				left join programme pp on pp.id = pt.programme_id
				left join unit_ref pu on pu.id = pp.unit_id
				where t.programme_id = :id order by t.area_id, t.position, t.id""").param("id", id).query((rs) -> {
			long tid = rs.getLong(1);
			tasks.computeIfAbsent(rs.getLong(2), (k) -> new ArrayList<>())
				.add(new ProgrammeStructure.Task(tid, rs.getLong(2), rs.getInt(3), rs.getString(4), rs.getString(5),
						rs.getBigDecimal(6), (Long) rs.getObject(7), rs.getString(8),
						List.copyOf(indicators.getOrDefault(tid, List.of())),
						List.copyOf(activities.getOrDefault(tid, List.of()))));
		});
		List<ProgrammeStructure.Area> areas = this.jdbc
			.sql("select id, position, title from programme_area where programme_id = :id order by position, id")
			.param("id", id)
			.query((rs, n) -> new ProgrammeStructure.Area(rs.getLong(1), rs.getInt(2), rs.getString(3),
					List.copyOf(tasks.getOrDefault(rs.getLong(1), List.of()))))
			.list();
		record Row(String title, PeriodKind period, Long doc, Long meeting, LocalDate closedOn, Long resolution,
				RollUpRule rollUp, int amendments) {
		}
		Row row = this.jdbc.sql("""
				select title, period_kind, adopting_document_id, adopting_meeting_id, closed_on, resolution_document_id,
				       roll_up, (select count(*) from programme_amendment m where m.programme_id = p.id)
				from programme p where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Row(rs.getString(1), PeriodKind.valueOf(rs.getString(2)), (Long) rs.getObject(3),
					(Long) rs.getObject(4), rs.getObject(5, LocalDate.class), (Long) rs.getObject(6),
					RollUpRule.valueOf(rs.getString(7)), rs.getInt(8)))
			.single();
		return new ProgrammeStructure(id, head.unit().id(), head.unit().name(), head.kind(), row.title(), row.period(),
				head.startsOn(), head.endsOn(), head.state(), row.doc(),
				this.references.documentOrNull(row.doc(), caller), row.meeting(), head.adoptedOn(), row.closedOn(),
				row.resolution(), this.references.documentOrNull(row.resolution(), caller), row.rollUp(),
				head.version(), this.access.mayWrite(caller, head.unit()) && head.state() != ProgrammeState.CLOSED,
				row.amendments(), areas);
	}

	/**
	 * Activities in all, done and overdue on a day by area, and the indicators with their
	 * targets. An activity is done when it has owner units and every one of them is done
	 * or cancelled, at least one done.
	 */
	@Transactional(readOnly = true)
	public ProgrammeCounts counts(long id, LocalDate asOf, Caller caller) {
		this.access.programme(id, caller);
		List<ProgrammeCounts.AreaCount> areas = this.jdbc
			.sql("""
					with activity as (
					  select a.id, a.task_id, a.due_on,
					         coalesce(bool_and(o.status in ('DONE', 'CANCELLED')) and bool_or(o.status = 'DONE'), false) as done
					  from programme_activity a left join programme_activity_owner o on o.activity_id = a.id
					  where a.programme_id = :id group by a.id)
					select ar.id, ar.position, ar.title, count(v.id), count(v.id) filter (where v.done),
					       count(v.id) filter (where not v.done and v.due_on < :asOf)
					from programme_area ar
					left join programme_task t on t.area_id = ar.id
					left join activity v on v.task_id = t.id
					where ar.programme_id = :id group by ar.id order by ar.position""")
			.param("id", id)
			.param("asOf", asOf)
			.query((rs, n) -> new ProgrammeCounts.AreaCount(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getInt(6)))
			.list();
		List<ProgrammeCounts.IndicatorTarget> indicators = this.jdbc.sql("""
				select i.id, t.code, i.name, i.kind, i.target, i.unit_label
				from programme_indicator i join programme_task t on t.id = i.task_id
				join programme_area ar on ar.id = t.area_id
				where t.programme_id = :id order by ar.position, t.position, i.position""")
			.param("id", id)
			.query((rs, n) -> new ProgrammeCounts.IndicatorTarget(rs.getLong(1), rs.getString(2), rs.getString(3),
					IndicatorKind.valueOf(rs.getString(4)), rs.getBigDecimal(5), rs.getString(6)))
			.list();
		return new ProgrammeCounts(id, asOf, areas, indicators);
	}

	@Transactional(readOnly = true)
	public List<ProgrammeAmendment> amendments(long id, Caller caller) {
		this.access.programme(id, caller);
		return this.amendments.of(id);
	}

	/** The structure before amendment {@code number}, as JSON; 404 when there is none. */
	@Transactional(readOnly = true)
	public String snapshot(long id, int number, Caller caller) {
		this.access.programme(id, caller);
		return this.amendments.snapshot(id, number).orElseThrow(() -> NotFoundException.of("amendment", number));
	}

	/** A key task a programme of a unit below may concretise. */
	public record ParentTask(long id, String label) {

	}

	/**
	 * The key tasks of the adopted programmes of the units above a programme's unit whose
	 * period meets its own, that the caller sees: what its tasks may concretise.
	 */
	@Transactional(readOnly = true)
	public List<ParentTask> parentTasks(ProgrammeStructure programme, Caller caller) {
		Map<String, Object> params = new HashMap<>();
		String visible = visible(caller, params);
		params.put("unit", programme.unitId());
		params.put("s", programme.startsOn());
		params.put("e", programme.endsOn());
		return this.jdbc.sql("""
				select t.id, t.code || ' ' || t.title || ' (' || u.name || ', ' || p.title || ')'
				from programme_task t join programme p on p.id = t.programme_id join unit_ref u on u.id = p.unit_id
				join programme_area ar on ar.id = t.area_id
				where p.state <> 'DRAFT' and p.starts_on <= :e and p.ends_on >= :s
				  and (select me.path from unit_ref me where me.id = :unit) like u.path || '%'
				  and u.id <> :unit and """ + visible + """
				order by u.path, p.starts_on desc, p.id, ar.position, t.position limit 500""")
			.params(params)
			.query((rs, n) -> new ParentTask(rs.getLong(1), rs.getString(2)))
			.list();
	}

	/** A unit a programme's activity may be owned by. */
	public record OwnerUnit(long id, String name, int depth) {

	}

	/** The open units of the programme unit's subtree (the unit first), at most 500. */
	@Transactional(readOnly = true)
	public List<OwnerUnit> ownerUnits(long unitId) {
		return this.jdbc.sql("""
				select c.id, c.name, c.depth - u.depth from unit_ref u join unit_ref c on c.path like u.path || '%'
				where u.id = :unit and c.closed_on is null order by c.path limit 500""")
			.param("unit", unitId)
			.query((rs, n) -> new OwnerUnit(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/** A unit the caller may start a programme in. */
	public record OwningUnit(long id, String name, String kind) {

	}

	/** The open units the caller may own a programme in, at most 500, in tree order. */
	@Transactional(readOnly = true)
	public List<OwningUnit> owningUnits(Caller caller) {
		Map<String, Object> params = new HashMap<>(this.access.scope(caller).params());
		return this.jdbc
			.sql("select u.id, u.name, u.path, u.kind, u.closed_on from unit_ref u where u.closed_on is null and "
					+ UnitScope.condition("u") + " order by u.path limit 2000")
			.params(params)
			.query((rs, n) -> new ProgrammeAccess.Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
					vn.dangvu.organisation.UnitKind.valueOf(rs.getString(4)), null))
			.list()
			.stream()
			.filter((u) -> this.access.mayWrite(caller, u))
			.limit(500)
			.map((u) -> new OwningUnit(u.id(), u.name(), u.kind().name()))
			.toList();
	}

	/**
	 * The units the caller's list may be filtered by: those with a programme the caller
	 * sees.
	 */
	@Transactional(readOnly = true)
	public List<OwningUnit> listedUnits(Caller caller) {
		Map<String, Object> params = new HashMap<>();
		String visible = visible(caller, params);
		return this.jdbc.sql("""
				select distinct u.id, u.name, u.kind, u.path from programme p join unit_ref u on u.id = p.unit_id
				where """ + visible + " order by u.path limit 500")
			.params(params)
			.query((rs, n) -> new OwningUnit(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	static ProgrammeSummary summary(ResultSet rs, int n) throws SQLException {
		return new ProgrammeSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
				ProgrammeKind.valueOf(rs.getString(4)), rs.getString(5), PeriodKind.valueOf(rs.getString(6)),
				rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
				ProgrammeState.valueOf(rs.getString(9)), rs.getObject(10, LocalDate.class), rs.getInt(11),
				rs.getInt(12), rs.getInt(13));
	}

}
