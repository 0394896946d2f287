package vn.dangvu.directive.domain;

import java.time.Clock;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionRecord;
import vn.dangvu.directive.ActionStatus;
import vn.dangvu.directive.AssignmentResult;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.LinkKind;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.TrackingBoard;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.rules.RulesApi;
import vn.dangvu.platform.time.VietnamTime;

/**
 * Cascade of a directive down the tree and the tracking of what each unit did (decision
 * 0122): assignments with due dates, recorded actions, the board derived when read.
 */
@Service
public class Cascade {

	public static final String REMINDER_RULE = "directive.reminder.days-before";

	public static final int MAX_DAYS = 3660;

	private final JdbcClient jdbc;

	private final Registry registry;

	private final Visibility visibility;

	private final RulesApi rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Cascade(JdbcClient jdbc, Registry registry, Visibility visibility, RulesApi rules, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.visibility = visibility;
		this.rules = rules;
		this.events = events;
		this.clock = clock;
	}

	public int daysBefore(LocalDate today) {
		return this.rules.findOn(REMINDER_RULE, today).map((v) -> v.asInt()).orElse(5);
	}

	record UnitRow(long id, String path, String kind, boolean open) {

	}

	private Optional<UnitRow> unit(long id) {
		return this.jdbc.sql("select id, path, kind, closed_on is null from org_unit where id = :id")
			.param("id", id)
			.query((rs, n) -> new UnitRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
			.optional();
	}

	@Transactional
	public AssignmentResult assign(long documentId, NewAssignment request, Caller caller) {
		if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE)) {
			throw new NotPermittedException("directive.assign.notPermitted");
		}
		this.registry.requireVisible(documentId, caller);
		Visibility.View view = this.visibility.of(caller);
		if (request.actions() == null || request.actions().isEmpty()) {
			throw RuleViolationException.onField("actions", "directive.assign.noActions");
		}
		LocalDate today = VietnamTime.today(this.clock);
		LocalDate assignedOn = request.assignedOn() != null ? request.assignedOn() : today;
		if (assignedOn.isAfter(today.plusYears(1)) || assignedOn.getYear() < 1930) {
			throw RuleViolationException.onField("assignedOn", "directive.assign.dateInvalid");
		}
		Map<ActionKind, LocalDate> dues = new EnumMap<>(ActionKind.class);
		for (Map.Entry<ActionKind, DuePeriod> e : request.actions().entrySet()) {
			dues.put(e.getKey(), dueDate(e.getKey(), e.getValue(), assignedOn));
		}
		Set<Long> targets = new LinkedHashSet<>();
		if (request.unitIds() != null) {
			for (Long id : request.unitIds()) {
				if (id == null) {
					throw RuleViolationException.onField("unitIds", "directive.assign.unitUnknown", "");
				}
				UnitRow u = unit(id).filter((r) -> view.scope().covers(r.path()))
					.orElseThrow(() -> RuleViolationException.onField("unitIds", "directive.assign.unitUnknown", id));
				if (!u.open()) {
					throw RuleViolationException.onField("unitIds", "directive.assign.unitClosed", id);
				}
				targets.add(id);
			}
		}
		if (request.allCellsUnder() != null) {
			UnitRow under = unit(request.allCellsUnder()).filter((r) -> view.scope().covers(r.path()))
				.orElseThrow(() -> RuleViolationException.onField("allCellsUnder", "directive.assign.unitUnknown",
						request.allCellsUnder()));
			targets.addAll(this.jdbc.sql(
					"select id from org_unit where kind = 'CELL' and closed_on is null and path like :p and id <> :id order by path")
				.param("p", under.path() + "%")
				.param("id", under.id())
				.query(Long.class)
				.list());
		}
		if (targets.isEmpty()) {
			throw RuleViolationException.onField("unitIds", "directive.assign.noUnits");
		}
		// the assigning unit: holds the directive, lies above every target, in scope
		List<Holder> holders = this.jdbc.sql("""
				select u.id, u.path, a.id from org_unit u
				left join directive_assignment a on a.unit_id = u.id and a.document_id = :doc
				where u.id = (select owner_unit_id from directive_document where id = :doc) or a.id is not null
				order by u.depth desc""")
			.param("doc", documentId)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.list();
		List<String> targetPaths = this.jdbc.sql("select path from org_unit where id = any(:ids)")
			.param("ids", targets.toArray(Long[]::new))
			.query(String.class)
			.list();
		Holder from = null;
		for (Holder h : holders) {
			if (request.fromUnitId() != null && h.unitId() != request.fromUnitId()) {
				continue;
			}
			if ((caller.isAdmin() || view.scope().covers(h.path()))
					&& targetPaths.stream().allMatch((p) -> p.startsWith(h.path()) && !p.equals(h.path()))) {
				from = h;
				break;
			}
		}
		if (from == null) {
			throw RuleViolationException.onField("unitIds", "directive.assign.notBelow");
		}
		List<Long> already = this.jdbc.sql(
				"select unit_id from directive_assignment where document_id = :doc and unit_id = any(:ids) order by unit_id")
			.param("doc", documentId)
			.param("ids", targets.toArray(Long[]::new))
			.query(Long.class)
			.list();
		List<Long> fresh = targets.stream().filter((t) -> !already.contains(t)).toList();
		if (!fresh.isEmpty()) {
			this.jdbc
				.sql("""
						insert into directive_assignment (document_id, unit_id, from_unit_id, parent_id, assigned_on, created_by)
						select :doc, t, :from, :parent, :on, :by from unnest(cast(:ids as bigint[])) t""")
				.param("doc", documentId)
				.param("from", from.unitId())
				.param("parent", from.assignmentId())
				.param("on", assignedOn)
				.param("by", caller.username())
				.param("ids", fresh.toArray(Long[]::new))
				.update();
			List<String> kinds = new ArrayList<>();
			List<Date> dates = new ArrayList<>();
			dues.forEach((k, d) -> {
				kinds.add(k.name());
				dates.add(Date.valueOf(d));
			});
			this.jdbc.sql("""
					insert into directive_action (assignment_id, kind, due_on)
					select a.id, k.kind, k.due from directive_assignment a
					cross join unnest(cast(:kinds as text[]), cast(:dues as date[])) as k(kind, due)
					where a.document_id = :doc and a.unit_id = any(:ids)""")
				.param("kinds", kinds.toArray(String[]::new))
				.param("dues", dates.toArray(Date[]::new))
				.param("doc", documentId)
				.param("ids", fresh.toArray(Long[]::new))
				.update();
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("document", documentId);
			after.put("units", fresh);
			after.put("actions", dues.toString());
			this.events.publishEvent(new RecordChanged("DirectiveAssignment", String.valueOf(documentId), "ASSIGN",
					from.unitId(), Map.of(), after));
		}
		return new AssignmentResult(documentId, from.unitId(), fresh, already, dues);
	}

	record Holder(long unitId, String path, Long assignmentId) {

	}

	LocalDate dueDate(ActionKind kind, DuePeriod period, LocalDate from) {
		String field = "actions." + kind.name();
		if (period == null) {
			throw RuleViolationException.onField(field, "directive.assign.dueMissing");
		}
		int given = (period.dueOn() != null ? 1 : 0) + (period.days() != null ? 1 : 0)
				+ (period.workingDays() != null ? 1 : 0);
		if (given != 1) {
			throw RuleViolationException.onField(field, "directive.assign.dueOne");
		}
		if (period.dueOn() != null) {
			if (period.dueOn().isBefore(from) || period.dueOn().isAfter(from.plusYears(10))) {
				throw RuleViolationException.onField(field, "directive.assign.dueBefore");
			}
			return period.dueOn();
		}
		int n = period.days() != null ? period.days() : period.workingDays();
		if (n < 1 || n > MAX_DAYS) {
			throw RuleViolationException.onField(field, "directive.assign.daysInvalid", MAX_DAYS);
		}
		return period.days() != null ? from.plusDays(n) : this.rules.addWorkingDays(from, n);
	}

	/**
	 * Attaches a unit's report file to the directive it was assigned: the right to record
	 * the unit's action, not write rights on the directive, is what counts here.
	 */
	@Transactional
	public long attachReport(long documentId, long unitId, ActionKind kind, String fileName, byte[] content,
			Caller caller) {
		this.registry.requireVisible(documentId, caller);
		action(documentId, unitId, kind, caller);
		return this.registry.storeAttachment(documentId, fileName, content, caller);
	}

	private record Action(long id, LocalDate assignedOn, LocalDate doneOn) {
	}

	/** The unit's required action, if the caller may record it. */
	private Action action(long documentId, long unitId, ActionKind kind, Caller caller) {
		if (!caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY)) {
			throw new NotPermittedException("directive.notPermitted");
		}
		Visibility.View view = this.visibility.of(caller);
		UnitRow unit = unit(unitId).filter((u) -> view.scope().covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		return this.jdbc
			.sql("""
					select x.id, a.assigned_on, x.done_on from directive_action x join directive_assignment a on a.id = x.assignment_id
					where a.document_id = :doc and a.unit_id = :unit and x.kind = :kind""")
			.param("doc", documentId)
			.param("unit", unit.id())
			.param("kind", kind.name())
			.query((rs, n) -> new Action(rs.getLong(1), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("directiveAction", kind.name()));
	}

	/** Records what a unit did for one required action. */
	@Transactional
	public void record(long documentId, long unitId, ActionKind kind, ActionRecord rec, Caller caller) {
		Action action = action(documentId, unitId, kind, caller);
		if (rec.doneOn() == null) {
			throw RuleViolationException.onField("doneOn", "directive.action.doneOnRequired");
		}
		if (rec.doneOn().isAfter(VietnamTime.today(this.clock))
				|| rec.doneOn().isBefore(action.assignedOn().minusYears(1))) {
			throw RuleViolationException.onField("doneOn", "directive.action.doneOnInvalid");
		}
		if (kind == ActionKind.DISSEMINATE) {
			if (rec.present() == null || rec.total() == null) {
				throw RuleViolationException.onField("present", "directive.action.attendanceRequired");
			}
			if (rec.present() < 0 || rec.total() < 1 || rec.present() > rec.total() || rec.total() > 100_000) {
				throw RuleViolationException.onField("present", "directive.action.attendanceInvalid");
			}
		}
		if (rec.note() != null && rec.note().length() > 1000) {
			throw RuleViolationException.onField("note", "directive.action.noteTooLong");
		}
		if (rec.reportDocumentId() != null) {
			try {
				this.registry.requireVisible(rec.reportDocumentId(), caller);
			}
			catch (NotFoundException ex) {
				throw RuleViolationException.onField("reportDocumentId", "directive.action.reportUnknown");
			}
			if (rec.reportDocumentId() == documentId) {
				throw RuleViolationException.onField("reportDocumentId", "directive.action.reportSelf");
			}
		}
		if (rec.attachmentId() != null) {
			boolean ok = this.jdbc.sql("select count(*) from directive_attachment where id = :id and document_id = :d")
				.param("id", rec.attachmentId())
				.param("d", documentId)
				.query(Integer.class)
				.single() > 0;
			if (!ok) {
				throw RuleViolationException.onField("attachmentId", "directive.action.attachmentUnknown");
			}
		}
		this.jdbc.sql("""
				update directive_action set done_on = :done, present = :present, total = :total,
				report_document_id = :report, attachment_id = :att, note = :note, recorded_by = :by,
				version = version + 1 where id = :id""")
			.param("done", rec.doneOn())
			.param("present", kind == ActionKind.DISSEMINATE ? rec.present() : null)
			.param("total", kind == ActionKind.DISSEMINATE ? rec.total() : null)
			.param("report", rec.reportDocumentId())
			.param("att", rec.attachmentId())
			.param("note", rec.note() == null || rec.note().isBlank() ? null : rec.note().strip())
			.param("by", caller.username())
			.param("id", action.id())
			.update();
		if (kind == ActionKind.PLAN && rec.reportDocumentId() != null) {
			boolean linked = this.jdbc
				.sql("select count(*) from directive_link where from_id = :f and to_id = :t and kind = 'IMPLEMENTS'")
				.param("f", rec.reportDocumentId())
				.param("t", documentId)
				.query(Integer.class)
				.single() > 0;
			if (!linked) {
				this.registry.insertLink(rec.reportDocumentId(), documentId, LinkKind.IMPLEMENTS, null,
						caller.username());
			}
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("document", documentId);
		after.put("kind", kind.name());
		after.put("doneOn", rec.doneOn().toString());
		if (rec.present() != null) {
			after.put("attendance", rec.present() + "/" + rec.total());
		}
		if (rec.reportDocumentId() != null) {
			after.put("reportDocument", rec.reportDocumentId());
		}
		this.events.publishEvent(RecordChanged.updated("DirectiveAction", action.id(), "RECORD", unitId,
				Map.of("doneOn", String.valueOf(action.doneOn())), after));
	}

	/**
	 * The board: rows for the assigned units in the caller's scope (optionally under one
	 * unit, optionally only those with an overdue action), a page of them, and the
	 * summary over all of them.
	 */
	@Transactional(readOnly = true)
	public TrackingBoard board(long documentId, Long underUnitId, boolean overdueOnly, int page, int size,
			Caller caller) {
		this.registry.requireVisible(documentId, caller);
		Visibility.View view = this.visibility.of(caller);
		LocalDate today = VietnamTime.today(this.clock);
		int daysBefore = daysBefore(today);
		String under = "%";
		if (underUnitId != null) {
			under = unit(underUnitId).filter((u) -> view.scope().covers(u.path()))
				.orElseThrow(() -> NotFoundException.of("unit", underUnitId))
				.path() + "%";
		}
		String citation = this.jdbc.sql("select citation from directive_document where id = :id")
			.param("id", documentId)
			.query(String.class)
			.single();
		TrackingBoard.Summary summary = view.bindUnit(this.jdbc.sql(BoardSql.SUMMARY))
			.param("doc", documentId)
			.param("under", under)
			.param("today", today)
			.param("soon", today.plusDays(daysBefore))
			.query((rs, n) -> new TrackingBoard.Summary(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.single();
		long totalRows = overdueOnly ? view.bindUnit(this.jdbc.sql(BoardSql.COUNT_OVERDUE))
			.param("doc", documentId)
			.param("under", under)
			.param("today", today)
			.query(Long.class)
			.single() : summary.units();
		JdbcClient.StatementSpec spec = view.bindUnit(this.jdbc.sql(BoardSql.rows(overdueOnly, size > 0)))
			.param("doc", documentId)
			.param("under", under);
		if (overdueOnly) {
			spec = spec.param("today", today);
		}
		if (size > 0) {
			spec = spec.param("limit", size).param("offset", (long) page * size);
		}
		List<TrackingBoard.Row> rows = spec.query((rs, n) -> {
			Map<ActionKind, TrackingBoard.Cell> cells = new EnumMap<>(ActionKind.class);
			cell(cells, ActionKind.DISSEMINATE, rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class),
					(Integer) rs.getObject(10), (Integer) rs.getObject(11), null, today, daysBefore);
			cell(cells, ActionKind.PLAN, rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), null,
					null, (Long) rs.getObject(14), today, daysBefore);
			cell(cells, ActionKind.INTERIM_REVIEW, rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class),
					null, null, (Long) rs.getObject(17), today, daysBefore);
			cell(cells, ActionKind.FINAL_REVIEW, rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class),
					null, null, (Long) rs.getObject(20), today, daysBefore);
			return new TrackingBoard.Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), cells);
		}).list();
		return new TrackingBoard(documentId, citation, today, summary, rows, page, size, totalRows);
	}

	private static void cell(Map<ActionKind, TrackingBoard.Cell> cells, ActionKind kind, LocalDate due, LocalDate done,
			Integer present, Integer total, Long report, LocalDate today, int daysBefore) {
		if (due != null) {
			cells.put(kind, new TrackingBoard.Cell(due, done, ActionStatus.of(due, done, today, daysBefore), present,
					total, report, null));
		}
	}

	/** Every required action of a unit (open ones first, by due date). */
	@Transactional(readOnly = true)
	public List<Obligation> obligations(long unitId, boolean openOnly, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		UnitRow unit = unit(unitId).filter((u) -> view.scope().covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		LocalDate today = VietnamTime.today(this.clock);
		int daysBefore = daysBefore(today);
		return this.jdbc
			.sql("""
					select d.id, d.citation, d.summary, u.id, u.name, x.kind, x.due_on, x.done_on
					from directive_assignment a join directive_action x on x.assignment_id = a.id
					join directive_document d on d.id = a.document_id join org_unit u on u.id = a.unit_id
					where a.unit_id = :unit""" + (openOnly ? " and x.done_on is null" : "")
					+ " order by x.done_on is not null, x.due_on, d.citation, x.kind")
			.param("unit", unit.id())
			.query((rs, n) -> {
				LocalDate due = rs.getObject(7, LocalDate.class);
				LocalDate done = rs.getObject(8, LocalDate.class);
				return new Obligation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						ActionKind.valueOf(rs.getString(6)), due, done, ActionStatus.of(due, done, today, daysBefore));
			})
			.list();
	}

	/** Open actions overdue or due soon of the caller's own units (for reminders). */
	@Transactional(readOnly = true)
	public List<Obligation> dueFor(Caller caller, LocalDate today) {
		if (caller.scopeUnitIds().isEmpty() || !caller.hasAny(Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY)) {
			return List.of();
		}
		int daysBefore = daysBefore(today);
		return this.jdbc.sql("""
				select d.id, d.citation, d.summary, u.id, u.name, x.kind, x.due_on
				from directive_assignment a join directive_action x on x.assignment_id = a.id
				join directive_document d on d.id = a.document_id join org_unit u on u.id = a.unit_id
				where a.unit_id = any(:units) and x.done_on is null and x.due_on <= :soon
				order by x.due_on limit 200""")
			.param("units", caller.scopeUnitIds().toArray(Long[]::new))
			.param("soon", today.plusDays(daysBefore))
			.query((rs, n) -> {
				LocalDate due = rs.getObject(7, LocalDate.class);
				return new Obligation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						ActionKind.valueOf(rs.getString(6)), due, null, ActionStatus.of(due, null, today, daysBefore));
			})
			.list();
	}

	/**
	 * The assignments of a document to the caller's visible units (for the detail page).
	 */
	public record UnitAssignment(long assignmentId, long unitId, String unitName, String unitKind, boolean mayCascade) {

	}

	@Transactional(readOnly = true)
	public List<UnitAssignment> assignmentsInScope(long documentId, Caller caller, int limit) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select a.id, u.id, u.name, u.kind from directive_assignment a join org_unit u on u.id = a.unit_id
				where a.document_id = :doc and %s order by u.depth, u.path limit :limit""".formatted(Visibility.UNIT)))
			.param("doc", documentId)
			.param("limit", limit)
			.query((rs, n) -> new UnitAssignment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					!"CELL".equals(rs.getString(4)) && caller.hasAny(Role.ADMIN, Role.COMMITTEE_OFFICE)))
			.list();
	}

	/** A unit the caller may assign the directive to, or cascade from. */
	public record UnitChoice(long id, String name, String kind, int depth, boolean assigned) {

	}

	private static final String HOLDER = """
			(h.id = (select owner_unit_id from directive_document where id = :doc)
			 or h.id in (select unit_id from directive_assignment where document_id = :doc))
			and (:u_all or h.path like any(:u_patterns))""";

	/**
	 * Open Party units below a unit that holds the directive, within the caller's scope.
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> assignableUnits(long documentId, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select u.id, u.name, u.kind, u.depth,
				       exists (select 1 from directive_assignment a where a.document_id = :doc and a.unit_id = u.id)
				from org_unit u where u.closed_on is null
				and u.kind in ('GRASSROOTS_COMMITTEE', 'SUB_COMMITTEE', 'CELL') and %s
				and exists (select 1 from org_unit h where %s and u.path like h.path || '%%' and u.id <> h.id)
				order by u.path limit 3000""".formatted(Visibility.UNIT, HOLDER)))
			.param("doc", documentId)
			.query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	/**
	 * The units holding the directive in the caller's scope (where a cascade may start).
	 */
	@Transactional(readOnly = true)
	public List<UnitChoice> holders(long documentId, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select h.id, h.name, h.kind, h.depth, true from org_unit h where %s and h.kind <> 'CELL'
				order by h.path""".formatted(HOLDER)))
			.param("doc", documentId)
			.query((rs, n) -> new UnitChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

}
