package vn.dangvu.programme.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitDto;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitScope;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.programme.ProgrammeState;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;

/**
 * The parent's view of a key task's cascade (decision 0273), read from the programme's
 * own tables: the chain of tasks below it (one recursive statement with each task's owner
 * rows counted), limited to the programmes the caller's scope covers, and from the
 * organisation the units in scope that have not concretised it.
 */
@Component
@RequiredArgsConstructor
class CascadeQueries {

	/** The chain is followed this deep at most (committee, grassroots, cell and more). */
	static final int MAX_LEVELS = 6;

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final OrganisationApi organisation;

	private final Clock clock;

	@Transactional(readOnly = true)
	TaskCascade of(long programmeId, long taskId, Caller caller) {
		Head head = this.access.programme(programmeId, caller);
		record Task(String code, String title, String programmeTitle) {
		}
		Task task = this.jdbc.sql("""
				select t.code, t.title, p.title from programme_task t join programme p on p.id = t.programme_id
				where t.id = :id and t.programme_id = :p""")
			.param("id", taskId)
			.param("p", programmeId)
			.query((rs, n) -> new Task(rs.getString(1), rs.getString(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("task", taskId));
		LocalDate today = VietnamTime.today(this.clock);
		UnitScope scope = this.access.scope(caller);
		Map<String, Object> params = new HashMap<>(scope.params());
		params.put("task", taskId);
		params.put("today", today);
		params.put("levels", MAX_LEVELS);
		record Row(TaskCascade.Concretisation c, String path) {
		}
		List<Row> rows = this.jdbc
			.sql("""
					with recursive chain (id, parent_task_id, level) as (
					  select t.id, t.parent_task_id, 1 from programme_task t where t.parent_task_id = :task
					  union all
					  select c.id, c.parent_task_id, ch.level + 1 from programme_task c join chain ch on c.parent_task_id = ch.id
					  where ch.level < :levels
					)
					select ch.id, ch.parent_task_id, ch.level, t.code, t.title, p.id, p.title, p.state, u.id, u.name, u.path,
					       (select count(*) from programme_activity a where a.task_id = ch.id),
					       o.total, o.done, o.overdue
					from chain ch join programme_task t on t.id = ch.id join programme p on p.id = t.programme_id
					join unit_ref u on u.id = p.unit_id
					cross join lateral (
					  select count(*) as total, count(*) filter (where w.status = 'DONE') as done,
					         count(*) filter (where w.status not in ('DONE', 'CANCELLED') and a.due_on < :today) as overdue
					  from programme_activity a join programme_activity_owner w on w.activity_id = a.id
					  where a.task_id = ch.id) o
					where """
					+ UnitScope.condition("u") + """
							order by u.path, p.starts_on desc, p.id, t.code""")
			.params(params)
			.query((rs,
					n) -> new Row(new TaskCascade.Concretisation(rs.getLong(1), (Long) rs.getObject(2), rs.getInt(3),
							rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
							ProgrammeState.valueOf(rs.getString(8)), rs.getLong(9), rs.getString(10), rs.getInt(12),
							rs.getLong(13), rs.getLong(14), rs.getLong(15)), rs.getString(11)))
			.list();
		List<TaskCascade.Concretisation> concretisations = rows.stream().map(Row::c).toList();
		return new TaskCascade(programmeId, task.programmeTitle(), head.unit().id(), head.unit().name(), taskId,
				task.code(), task.title(), today, concretisations, missing(head, concretisations, scope));
	}

	/**
	 * The open units of the programme unit's family, in scope, whose parent is the
	 * programme's unit or a unit that concretised the task, and that have not concretised
	 * it themselves.
	 */
	private List<TaskCascade.Missing> missing(Head head, List<TaskCascade.Concretisation> done, UnitScope scope) {
		Map<Long, String> chain = new HashMap<>();
		chain.put(head.unit().id(), head.unit().name());
		Set<Long> concretised = new HashSet<>();
		for (TaskCascade.Concretisation c : done) {
			chain.put(c.unitId(), c.unitName());
			concretised.add(c.unitId());
		}
		Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
		for (UnitKind k : UnitKind.values()) {
			if (k.family() == head.unit().family()) {
				kinds.add(k);
			}
		}
		String root = head.unit().path();
		List<TaskCascade.Missing> out = new ArrayList<>();
		for (UnitDto u : this.organisation.visibleUnits(scope, kinds)) {
			if (u.path().startsWith(root) && u.id() != head.unit().id() && u.parentId() != null
					&& chain.containsKey(u.parentId()) && !concretised.contains(u.id())) {
				out.add(new TaskCascade.Missing(u.id(), u.name(), chain.get(u.parentId())));
			}
		}
		return out;
	}

}
