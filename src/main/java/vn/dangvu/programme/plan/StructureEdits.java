package vn.dangvu.programme.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.DomainException;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.programme.DuePrecision;
import vn.dangvu.programme.IndicatorKind;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.programme.access.ProgrammeAccess.Head;
import vn.dangvu.programme.access.ProgrammeAccess.Unit;
import vn.dangvu.programme.access.ProgrammeInput;
import vn.dangvu.programme.access.ProgrammeReferences;
import vn.dangvu.programme.plan.Amendments.Amend;

/**
 * A programme's structure (decision 0270): areas, key tasks (with the task above that
 * each concretises), indicators with their targets, activities with their owner units.
 * Each write locks the programme, names its version, is refused whole when any value is
 * wrong, is an amendment once the programme is adopted, and is audited.
 */
@Service
@RequiredArgsConstructor
public class StructureEdits {

	/** Owner units one activity may list here; a whole subtree is assigned in bulk. */
	static final int MAX_OWNERS = 200;

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final ProgrammeReferences references;

	private final Amendments amendments;

	private final Programmes programmes;

	private final ApplicationEventPublisher events;

	/** The programme's version and, once adopted, why it changes. */
	public record Stamp(Integer version, String amendmentReason, Long amendmentDocumentId, Long amendmentMeetingId) {

		Amend amend() {
			return new Amend(this.amendmentReason, this.amendmentDocumentId, this.amendmentMeetingId);
		}

	}

	public record AreaInput(String title, Integer position) {

	}

	public record TaskInput(Long areaId, String code, String title, BigDecimal weight, Long parentTaskId,
			Integer position) {

	}

	public record IndicatorInput(Long taskId, String name, IndicatorKind kind, BigDecimal target, String unitLabel) {

	}

	/**
	 * {@code dueOn} with {@code duePrecision} MONTH or QUARTER stands for that month's or
	 * quarter's end.
	 */
	public record ActivityInput(Long taskId, String title, Long leadPersonId, LocalDate startsOn, LocalDate dueOn,
			DuePrecision duePrecision, String deliverable, BigDecimal weight, List<Long> ownerUnitIds,
			Integer position) {

	}

	// Areas

	@Transactional
	public long addArea(long programmeId, AreaInput in, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String title = ProgrammeInput.text("title", in.title(), 300, true);
		int count = count("select count(*) from programme_area where programme_id = :id", programmeId);
		if (count >= 100) {
			throw RuleViolationException.onField("title", "programme.area.tooMany", 100);
		}
		this.amendments.before(head, stamp.amend(), "AREA_ADD", caller);
		long id = this.jdbc.sql("""
				insert into programme_area (programme_id, position, title) values (:p, :pos, :title) returning id""")
			.param("p", programmeId)
			.param("pos", count + 1)
			.param("title", title)
			.query(Long.class)
			.single();
		if (in.position() != null) {
			reorder("programme_area", "programme_id", programmeId, id, in.position());
		}
		done(head, caller, RecordChanged.created("ProgrammeArea", id, head.unit().id(),
				Map.of("programmeId", programmeId, "title", title)));
		return id;
	}

	@Transactional
	public void changeArea(long programmeId, long areaId, AreaInput in, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String before = one("select title from programme_area where id = :id and programme_id = :p", areaId,
				programmeId, "area");
		String title = (in.title() == null) ? before : ProgrammeInput.text("title", in.title(), 300, true);
		this.amendments.before(head, stamp.amend(), "AREA_UPDATE", caller);
		this.jdbc.sql("update programme_area set title = :t where id = :id")
			.param("t", title)
			.param("id", areaId)
			.update();
		if (in.position() != null) {
			reorder("programme_area", "programme_id", programmeId, areaId, in.position());
		}
		done(head, caller, RecordChanged.updated("ProgrammeArea", areaId, "UPDATE", head.unit().id(),
				Map.of("title", before), Map.of("title", title)));
	}

	@Transactional
	public void removeArea(long programmeId, long areaId, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String title = one("select title from programme_area where id = :id and programme_id = :p", areaId, programmeId,
				"area");
		refuseConcretised("t.area_id = :id", areaId, "area");
		refuseProgress("a.task_id in (select id from programme_task where area_id = :id)", areaId);
		this.amendments.before(head, stamp.amend(), "AREA_REMOVE", caller);
		this.jdbc.sql("delete from programme_area where id = :id").param("id", areaId).update();
		renumber("programme_area", "programme_id", programmeId);
		done(head, caller, RecordChanged.updated("ProgrammeArea", areaId, "DELETE", head.unit().id(),
				Map.of("title", title), Map.of()));
	}

	// Key tasks

	@Transactional
	public long addTask(long programmeId, TaskInput in, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		long areaId = ProgrammeInput.required("areaId", in.areaId());
		int areaPosition = area(programmeId, areaId);
		String title = ProgrammeInput.text("title", in.title(), 500, true);
		BigDecimal weight = ProgrammeInput.weight("weight", in.weight());
		int count = count("select count(*) from programme_task where area_id = :id", areaId);
		if (count >= 1000) {
			throw RuleViolationException.onField("title", "programme.task.tooMany", 1000);
		}
		String code = code(programmeId, in.code(), areaPosition, count, null);
		Long parent = parent(head, null, in.parentTaskId(), caller);
		this.amendments.before(head, stamp.amend(), "TASK_ADD", caller);
		long id = this.jdbc.sql("""
				insert into programme_task (programme_id, area_id, position, code, title, weight, parent_task_id)
				values (:p, :a, :pos, :code, :title, :w, :parent) returning id""")
			.param("p", programmeId)
			.param("a", areaId)
			.param("pos", count + 1)
			.param("code", code)
			.param("title", title)
			.param("w", weight)
			.param("parent", parent)
			.query(Long.class)
			.single();
		if (in.position() != null) {
			reorder("programme_task", "area_id", areaId, id, in.position());
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("programmeId", programmeId);
		after.put("areaId", areaId);
		after.put("code", code);
		after.put("title", title);
		after.put("weight", weight);
		if (parent != null) {
			after.put("parentTaskId", parent);
		}
		done(head, caller, RecordChanged.created("ProgrammeTask", id, head.unit().id(), after));
		return id;
	}

	/**
	 * Changes a key task; with {@code whole} (a page's form) a missing parent link is
	 * removed, else a null leaves it.
	 */
	@Transactional
	public void changeTask(long programmeId, long taskId, TaskInput in, boolean whole, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		record Task(long areaId, String code, String title, BigDecimal weight, Long parent) {
		}
		Task now = this.jdbc.sql("""
				select area_id, code, title, weight, parent_task_id from programme_task
				where id = :id and programme_id = :p""")
			.param("id", taskId)
			.param("p", programmeId)
			.query((rs, n) -> new Task(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					(Long) rs.getObject(5)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("task", taskId));
		long areaId = (in.areaId() == null) ? now.areaId() : in.areaId();
		int areaPosition = area(programmeId, areaId);
		String title = (in.title() == null) ? now.title() : ProgrammeInput.text("title", in.title(), 500, true);
		BigDecimal weight = (in.weight() == null) ? now.weight() : ProgrammeInput.weight("weight", in.weight());
		String code = (in.code() == null || (in.code().isBlank() && !whole)) ? now.code()
				: code(programmeId, in.code(), areaPosition, 0, taskId);
		Long parent = (in.parentTaskId() == null && !whole) ? now.parent()
				: parent(head, taskId, in.parentTaskId(), caller);
		this.amendments.before(head, stamp.amend(), "TASK_UPDATE", caller);
		this.jdbc
			.sql("""
					update programme_task set area_id = :a, code = :code, title = :title, weight = :w, parent_task_id = :parent
					where id = :id""")
			.param("a", areaId)
			.param("code", code)
			.param("title", title)
			.param("w", weight)
			.param("parent", parent)
			.param("id", taskId)
			.update();
		if (areaId != now.areaId()) {
			this.jdbc.sql("update programme_task set position = 100000 where id = :id").param("id", taskId).update();
			renumber("programme_task", "area_id", now.areaId());
			renumber("programme_task", "area_id", areaId);
		}
		if (in.position() != null) {
			reorder("programme_task", "area_id", areaId, taskId, in.position());
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("code", now.code());
		before.put("title", now.title());
		before.put("weight", now.weight());
		before.put("parentTaskId", now.parent());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code);
		after.put("title", title);
		after.put("weight", weight);
		after.put("parentTaskId", parent);
		done(head, caller, RecordChanged.updated("ProgrammeTask", taskId, "UPDATE", head.unit().id(), before, after));
	}

	@Transactional
	public void removeTask(long programmeId, long taskId, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String title = one("select code || ' ' || title from programme_task where id = :id and programme_id = :p",
				taskId, programmeId, "task");
		Long areaId = this.jdbc.sql("select area_id from programme_task where id = :id")
			.param("id", taskId)
			.query(Long.class)
			.single();
		refuseConcretised("t.id = :id", taskId, "task");
		refuseProgress("a.task_id = :id", taskId);
		this.amendments.before(head, stamp.amend(), "TASK_REMOVE", caller);
		this.jdbc.sql("delete from programme_task where id = :id").param("id", taskId).update();
		renumber("programme_task", "area_id", areaId);
		done(head, caller, RecordChanged.updated("ProgrammeTask", taskId, "DELETE", head.unit().id(),
				Map.of("task", title), Map.of()));
	}

	// Indicators

	@Transactional
	public long addIndicator(long programmeId, IndicatorInput in, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		long taskId = ProgrammeInput.required("taskId", in.taskId());
		task(programmeId, taskId);
		String name = ProgrammeInput.text("name", in.name(), 300, true);
		IndicatorKind kind = ProgrammeInput.required("kind", in.kind());
		BigDecimal target = ProgrammeInput.required("target", in.target());
		StructureRules.target(kind, target).orThrow();
		String unitLabel = ProgrammeInput.text("unitLabel", in.unitLabel(), 50, false);
		int count = count("select count(*) from programme_indicator where task_id = :id", taskId);
		if (count >= 100) {
			throw RuleViolationException.onField("name", "programme.indicator.tooMany", 100);
		}
		this.amendments.before(head, stamp.amend(), "INDICATOR_ADD", caller);
		long id = this.jdbc.sql("""
				insert into programme_indicator (task_id, position, name, kind, target, unit_label)
				values (:t, :pos, :name, :kind, :target, :label) returning id""")
			.param("t", taskId)
			.param("pos", count + 1)
			.param("name", name)
			.param("kind", kind.name())
			.param("target", target)
			.param("label", unitLabel)
			.query(Long.class)
			.single();
		done(head, caller, RecordChanged.created("ProgrammeIndicator", id, head.unit().id(),
				Map.of("taskId", taskId, "name", name, "kind", kind.name(), "target", target.toPlainString())));
		return id;
	}

	@Transactional
	public void changeIndicator(long programmeId, long indicatorId, IndicatorInput in, boolean whole, Stamp stamp,
			Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		record Indicator(String name, IndicatorKind kind, BigDecimal target, String unitLabel) {
		}
		Indicator now = this.jdbc.sql("""
				select i.name, i.kind, i.target, i.unit_label from programme_indicator i
				join programme_task t on t.id = i.task_id where i.id = :id and t.programme_id = :p""")
			.param("id", indicatorId)
			.param("p", programmeId)
			.query((rs, n) -> new Indicator(rs.getString(1), IndicatorKind.valueOf(rs.getString(2)),
					rs.getBigDecimal(3), rs.getString(4)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("indicator", indicatorId));
		String name = (in.name() == null) ? now.name() : ProgrammeInput.text("name", in.name(), 300, true);
		IndicatorKind kind = (in.kind() == null) ? now.kind() : in.kind();
		BigDecimal target = (in.target() == null) ? now.target() : in.target();
		StructureRules.target(kind, target).orThrow();
		String unitLabel = (in.unitLabel() == null && !whole) ? now.unitLabel()
				: ProgrammeInput.text("unitLabel", in.unitLabel(), 50, false);
		this.amendments.before(head, stamp.amend(), "INDICATOR_UPDATE", caller);
		this.jdbc
			.sql("update programme_indicator set name = :n, kind = :k, target = :t, unit_label = :l where id = :id")
			.param("n", name)
			.param("k", kind.name())
			.param("t", target)
			.param("l", unitLabel)
			.param("id", indicatorId)
			.update();
		done(head, caller,
				RecordChanged.updated("ProgrammeIndicator", indicatorId, "UPDATE", head.unit().id(),
						Map.of("name", now.name(), "kind", now.kind().name(), "target", now.target().toPlainString()),
						Map.of("name", name, "kind", kind.name(), "target", target.toPlainString())));
	}

	@Transactional
	public void removeIndicator(long programmeId, long indicatorId, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String name = one("""
				select i.name from programme_indicator i join programme_task t on t.id = i.task_id
				where i.id = :id and t.programme_id = :p""", indicatorId, programmeId, "indicator");
		this.amendments.before(head, stamp.amend(), "INDICATOR_REMOVE", caller);
		Long taskId = this.jdbc.sql("delete from programme_indicator where id = :id returning task_id")
			.param("id", indicatorId)
			.query(Long.class)
			.single();
		renumber("programme_indicator", "task_id", taskId);
		done(head, caller, RecordChanged.updated("ProgrammeIndicator", indicatorId, "DELETE", head.unit().id(),
				Map.of("name", name), Map.of()));
	}

	// Activities

	@Transactional
	public long addActivity(long programmeId, ActivityInput in, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		long taskId = ProgrammeInput.required("taskId", in.taskId());
		task(programmeId, taskId);
		Activity a = activity(head, in, null, caller);
		int count = count("select count(*) from programme_activity where task_id = :id", taskId);
		if (count >= 10_000) {
			throw RuleViolationException.onField("title", "programme.activity.tooMany", 10_000);
		}
		this.amendments.before(head, stamp.amend(), "ACTIVITY_ADD", caller);
		long id = this.jdbc
			.sql("""
					insert into programme_activity (programme_id, task_id, position, title, lead_person_id, starts_on, due_on,
					                                due_precision, deliverable, weight)
					values (:p, :t, :pos, :title, :lead, :starts, :due, :precision, :deliverable, :w) returning id""")
			.param("p", programmeId)
			.param("t", taskId)
			.param("pos", count + 1)
			.param("title", a.title())
			.param("lead", a.lead())
			.param("starts", a.startsOn())
			.param("due", a.dueOn())
			.param("precision", a.precision().name())
			.param("deliverable", a.deliverable())
			.param("w", a.weight())
			.query(Long.class)
			.single();
		owners(programmeId, id, a.owners());
		if (in.position() != null) {
			reorder("programme_activity", "task_id", taskId, id, in.position());
		}
		Map<String, Object> after = a.audit();
		after.put("taskId", taskId);
		done(head, caller, RecordChanged.created("ProgrammeActivity", id, head.unit().id(), after));
		return id;
	}

	/**
	 * Changes an activity; with {@code whole} (a page's form) missing optional values are
	 * cleared, else a null leaves a value as it is.
	 */
	@Transactional
	public void changeActivity(long programmeId, long activityId, ActivityInput in, boolean whole, Stamp stamp,
			Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		ActivityInput now = current(programmeId, activityId);
		ActivityInput merged = whole
				? new ActivityInput(first(in.taskId(), now.taskId()), in.title(), in.leadPersonId(), in.startsOn(),
						in.dueOn(), in.duePrecision(), in.deliverable(), in.weight(),
						(in.ownerUnitIds() == null) ? List.of() : in.ownerUnitIds(), in.position())
				: new ActivityInput(first(in.taskId(), now.taskId()), first(in.title(), now.title()),
						first(in.leadPersonId(), now.leadPersonId()), first(in.startsOn(), now.startsOn()),
						first(in.dueOn(), now.dueOn()),
						(in.dueOn() != null) ? in.duePrecision() : first(in.duePrecision(), now.duePrecision()),
						first(in.deliverable(), now.deliverable()), first(in.weight(), now.weight()),
						first(in.ownerUnitIds(), now.ownerUnitIds()), in.position());
		long taskId = merged.taskId();
		if (taskId != now.taskId()) {
			task(programmeId, taskId);
		}
		Activity a = activity(head, merged, activityId, caller);
		this.amendments.before(head, stamp.amend(), "ACTIVITY_UPDATE", caller);
		this.jdbc.sql("""
				update programme_activity set task_id = :t, title = :title, lead_person_id = :lead, starts_on = :starts,
				       due_on = :due, due_precision = :precision, deliverable = :deliverable, weight = :w
				where id = :id""")
			.param("t", taskId)
			.param("title", a.title())
			.param("lead", a.lead())
			.param("starts", a.startsOn())
			.param("due", a.dueOn())
			.param("precision", a.precision().name())
			.param("deliverable", a.deliverable())
			.param("w", a.weight())
			.param("id", activityId)
			.update();
		Set<Long> gone = new LinkedHashSet<>(now.ownerUnitIds());
		gone.removeAll(a.owners());
		if (!gone.isEmpty()) {
			int recorded = this.jdbc
				.sql("select count(*) from programme_progress where activity_id = :id and unit_id = any(:units)")
				.param("id", activityId)
				.param("units", gone.toArray(Long[]::new))
				.query(Integer.class)
				.single();
			if (recorded > 0) {
				throw RuleViolationException.onField("ownerUnitIds", "programme.owner.hasProgress");
			}
			this.jdbc.sql("delete from programme_activity_owner where activity_id = :id and unit_id = any(:units)")
				.param("id", activityId)
				.param("units", gone.toArray(Long[]::new))
				.update();
		}
		List<Long> added = new ArrayList<>(a.owners());
		added.removeAll(now.ownerUnitIds());
		owners(programmeId, activityId, added);
		if (taskId != now.taskId()) {
			this.jdbc.sql("update programme_activity set position = 100000 where id = :id")
				.param("id", activityId)
				.update();
			renumber("programme_activity", "task_id", now.taskId());
			renumber("programme_activity", "task_id", taskId);
		}
		if (in.position() != null) {
			reorder("programme_activity", "task_id", taskId, activityId, in.position());
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("title", now.title());
		before.put("dueOn", now.dueOn().toString());
		before.put("owners", now.ownerUnitIds());
		Map<String, Object> after = a.audit();
		after.put("taskId", taskId);
		done(head, caller,
				RecordChanged.updated("ProgrammeActivity", activityId, "UPDATE", head.unit().id(), before, after));
	}

	@Transactional
	public void removeActivity(long programmeId, long activityId, Stamp stamp, Caller caller) {
		Head head = this.access.programmeToWrite(programmeId, stamp.version(), caller);
		String title = one("select title from programme_activity where id = :id and programme_id = :p", activityId,
				programmeId, "activity");
		refuseProgress("a.id = :id", activityId);
		this.amendments.before(head, stamp.amend(), "ACTIVITY_REMOVE", caller);
		Long taskId = this.jdbc.sql("delete from programme_activity where id = :id returning task_id")
			.param("id", activityId)
			.query(Long.class)
			.single();
		renumber("programme_activity", "task_id", taskId);
		done(head, caller, RecordChanged.updated("ProgrammeActivity", activityId, "DELETE", head.unit().id(),
				Map.of("title", title), Map.of()));
	}

	/** An activity's values, checked. */
	private record Activity(String title, Long lead, LocalDate startsOn, LocalDate dueOn, DuePrecision precision,
			String deliverable, BigDecimal weight, List<Long> owners) {

		Map<String, Object> audit() {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("title", this.title);
			m.put("dueOn", this.dueOn.toString());
			m.put("duePrecision", this.precision.name());
			m.put("owners", this.owners);
			if (this.lead != null) {
				m.put("leadPersonId", this.lead);
			}
			return m;
		}

	}

	private Activity activity(Head head, ActivityInput in, Long activityId, Caller caller) {
		String title = ProgrammeInput.text("title", in.title(), 500, true);
		Long lead = in.leadPersonId();
		if (lead != null) {
			this.references.person(lead, "leadPersonId");
		}
		DuePrecision precision = (in.duePrecision() == null) ? DuePrecision.DAY : in.duePrecision();
		LocalDate given = ProgrammeInput.required("dueOn", in.dueOn());
		LocalDate dueOn = switch (precision) {
			case DAY -> given;
			case MONTH -> given.withDayOfMonth(given.lengthOfMonth());
			case QUARTER -> {
				LocalDate end = given.withMonth(((given.getMonthValue() - 1) / 3) * 3 + 3);
				yield end.withDayOfMonth(end.lengthOfMonth());
			}
		};
		StructureRules.within(head, dueOn, "dueOn").orThrow();
		LocalDate startsOn = in.startsOn();
		if (startsOn != null) {
			StructureRules.within(head, startsOn, "startsOn").orThrow();
			if (startsOn.isAfter(dueOn)) {
				throw RuleViolationException.onField("startsOn", "programme.activity.startAfterDue");
			}
		}
		String deliverable = ProgrammeInput.text("deliverable", in.deliverable(), 500, false);
		BigDecimal weight = ProgrammeInput.weight("weight", in.weight());
		List<Long> owners = (in.ownerUnitIds() == null) ? List.of() : in.ownerUnitIds().stream().distinct().toList();
		// the units that hold the activity already (perhaps thousands, given at once)
		// were checked when given
		Set<Long> held = (activityId == null) ? Set.of()
				: new java.util.HashSet<>(
						this.jdbc.sql("select unit_id from programme_activity_owner where activity_id = :id")
							.param("id", activityId)
							.query(Long.class)
							.list());
		List<Long> fresh = owners.stream().filter((u) -> u == null || !held.contains(u)).toList();
		if (fresh.size() > MAX_OWNERS) {
			throw RuleViolationException.onField("ownerUnitIds", "programme.owner.tooMany", MAX_OWNERS);
		}
		for (Long unitId : fresh) {
			Unit unit = this.access.findUnit(ProgrammeInput.required("ownerUnitIds", unitId))
				.orElseThrow(() -> RuleViolationException.onField("ownerUnitIds", "programme.owner.unknown", unitId));
			StructureRules.owner(head, unit).orThrow();
		}
		return new Activity(title, lead, startsOn, dueOn, precision, deliverable, weight, owners);
	}

	private void owners(long programmeId, long activityId, List<Long> units) {
		for (Long unitId : units) {
			this.jdbc.sql("""
					insert into programme_activity_owner (activity_id, unit_id, programme_id) values (:a, :u, :p)
					on conflict do nothing""")
				.param("a", activityId)
				.param("u", unitId)
				.param("p", programmeId)
				.update();
		}
	}

	private ActivityInput current(long programmeId, long activityId) {
		List<Long> owners = this.jdbc
			.sql("select unit_id from programme_activity_owner where activity_id = :id order by unit_id")
			.param("id", activityId)
			.query(Long.class)
			.list();
		return this.jdbc.sql("""
				select task_id, title, lead_person_id, starts_on, due_on, due_precision, deliverable, weight
				from programme_activity where id = :id and programme_id = :p""")
			.param("id", activityId)
			.param("p", programmeId)
			.query((rs, n) -> new ActivityInput(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
					DuePrecision.valueOf(rs.getString(6)), rs.getString(7), rs.getBigDecimal(8), owners, null))
			.optional()
			.orElseThrow(() -> NotFoundException.of("activity", activityId));
	}

	/**
	 * The task above that a task concretises: a task of a programme of a unit strictly
	 * above this programme's unit that the caller sees, and never the task itself or one
	 * below it (no cycle).
	 */
	private Long parent(Head head, Long taskId, Long parentTaskId, Caller caller) {
		if (parentTaskId == null) {
			return null;
		}
		record Parent(long programmeId, String path) {
		}
		Parent parent = this.jdbc.sql("""
				select t.programme_id, u.path from programme_task t join programme p on p.id = t.programme_id
				join unit_ref u on u.id = p.unit_id where t.id = :id""")
			.param("id", parentTaskId)
			.query((rs, n) -> new Parent(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElseThrow(
					() -> RuleViolationException.onField("parentTaskId", "programme.task.parentUnknown", parentTaskId));
		try {
			this.access.programme(parent.programmeId(), caller);
		}
		catch (DomainException ex) {
			throw RuleViolationException.onField("parentTaskId", "programme.task.parentUnknown", parentTaskId);
		}
		Long step = parentTaskId;
		for (int depth = 0; step != null; depth++) {
			if (step.equals(taskId) || depth > 20) {
				throw RuleViolationException.onField("parentTaskId", "programme.task.cycle");
			}
			step = this.jdbc.sql("select parent_task_id from programme_task where id = :id")
				.param("id", step)
				.query((rs, n) -> (Long) rs.getObject(1))
				.optional()
				.orElse(null);
		}
		String path = head.unit().path();
		if (!path.startsWith(parent.path()) || path.equals(parent.path())) {
			throw RuleViolationException.onField("parentTaskId", "programme.task.parentNotAbove");
		}
		return parentTaskId;
	}

	private String code(long programmeId, String given, int areaPosition, int count, Long taskId) {
		String code = ProgrammeInput.text("code", given, 15, false);
		if (code == null) {
			for (int k = count + 1;; k++) {
				String candidate = areaPosition + "." + k;
				if (!codeTaken(programmeId, candidate, taskId)) {
					return candidate;
				}
			}
		}
		if (!code.matches("[0-9]{1,3}(\\.[0-9]{1,3}){0,3}")) {
			throw RuleViolationException.onField("code", "programme.task.codeInvalid");
		}
		if (codeTaken(programmeId, code, taskId)) {
			throw RuleViolationException.onField("code", "programme.task.codeTaken", code);
		}
		return code;
	}

	private boolean codeTaken(long programmeId, String code, Long taskId) {
		return this.jdbc.sql("""
				select exists (select 1 from programme_task where programme_id = :p and code = :c
				  and id <> coalesce(:t, -1))""")
			.param("p", programmeId)
			.param("c", code)
			.param("t", taskId)
			.query(Boolean.class)
			.single();
	}

	/** The area's position; an area of another programme is a 422 on {@code areaId}. */
	private int area(long programmeId, long areaId) {
		return this.jdbc.sql("select position from programme_area where id = :id and programme_id = :p")
			.param("id", areaId)
			.param("p", programmeId)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> RuleViolationException.onField("areaId", "programme.area.unknown", areaId));
	}

	private void task(long programmeId, long taskId) {
		if (count("select count(*) from programme_task where id = :id and programme_id = " + programmeId,
				taskId) == 0) {
			throw RuleViolationException.onField("taskId", "programme.task.unknown", taskId);
		}
	}

	private void refuseConcretised(String where, long id, String what) {
		int below = count("""
				select count(*) from programme_task c join programme_task t on t.id = c.parent_task_id where """
				+ where, id);
		if (below > 0) {
			throw RuleViolationException.onField(null, "programme." + what + ".concretised", below);
		}
	}

	private void refuseProgress(String where, long id) {
		int recorded = count("""
				select count(*) from programme_progress g join programme_activity a on a.id = g.activity_id where """
				+ where, id);
		if (recorded > 0) {
			throw RuleViolationException.onField(null, "programme.activity.hasProgress");
		}
	}

	/** Moves a row to a position among its siblings (1 = first) and renumbers them. */
	private void reorder(String table, String parentColumn, long parentId, long id, int position) {
		List<Long> ids = new ArrayList<>(this.jdbc
			.sql("select id from " + table + " where " + parentColumn + " = :p and id <> :id order by position, id")
			.param("p", parentId)
			.param("id", id)
			.query(Long.class)
			.list());
		ids.add(Math.max(0, Math.min(position - 1, ids.size())), id);
		write(table, ids);
	}

	private void renumber(String table, String parentColumn, long parentId) {
		write(table,
				this.jdbc.sql("select id from " + table + " where " + parentColumn + " = :p order by position, id")
					.param("p", parentId)
					.query(Long.class)
					.list());
	}

	private void write(String table, List<Long> ids) {
		this.jdbc
			.sql("update " + table + " t set position = o.n from unnest(:ids) with ordinality as o(id, n) "
					+ "where t.id = o.id and t.position <> o.n")
			.param("ids", ids.toArray(Long[]::new))
			.update();
	}

	private String one(String sql, long id, long programmeId, String entity) {
		return this.jdbc.sql(sql)
			.param("id", id)
			.param("p", programmeId)
			.query(String.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of(entity, id));
	}

	private int count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Integer.class).single();
	}

	private void done(Head head, Caller caller, RecordChanged change) {
		this.programmes.touch(head.id(), caller);
		this.events.publishEvent(change);
	}

	private static <T> T first(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

}
