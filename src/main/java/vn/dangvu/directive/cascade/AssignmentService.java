package vn.dangvu.directive.cascade;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.AssignmentResult;
import vn.dangvu.directive.DuePeriod;
import vn.dangvu.directive.NewAssignment;
import vn.dangvu.directive.registry.DocumentQueries;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.organisation.OrganisationApi;
import vn.dangvu.organisation.UnitSelection;
import vn.dangvu.platform.audit.RecordChanged;
import vn.dangvu.platform.error.NotPermittedException;
import vn.dangvu.platform.error.RuleViolationException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RulesApi;

/**
 * Assigning a directive down the tree (decision 0122): the units, the assigning unit
 * above them, the required actions and their due dates.
 */
@Service
@RequiredArgsConstructor
public class AssignmentService {

	public static final int MAX_DAYS = 3660;

	private final JdbcClient jdbc;

	private final DocumentQueries documents;

	private final Visibility visibility;

	private final RulesApi rules;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrganisationApi organisation;

	@Transactional
	public AssignmentResult assign(long documentId, NewAssignment request, Caller caller) {
		if (!Visibility.mayAssign(caller)) {
			throw new NotPermittedException("directive.assign.notPermitted");
		}
		this.documents.requireVisible(documentId, caller);
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
		Set<Long> targets = targets(request, view);
		Holder from = assigningUnit(documentId, request.fromUnitId(), targets, view, caller);
		List<Long> already = this.jdbc.sql(
				"select unit_id from directive_assignment where document_id = :doc and unit_id = any(:ids) order by unit_id")
			.param("doc", documentId)
			.param("ids", targets.toArray(Long[]::new))
			.query(Long.class)
			.list();
		List<Long> fresh = targets.stream().filter((t) -> !already.contains(t)).toList();
		if (!fresh.isEmpty()) {
			insert(documentId, from, fresh, dues, assignedOn, caller.username());
		}
		return new AssignmentResult(documentId, from.unitId(), fresh, already, dues);
	}

	/**
	 * The units named and the open cells under the unit named, all in the caller's scope:
	 * the organisation's shared selection (decision 0273).
	 */
	private Set<Long> targets(NewAssignment request, Visibility.View view) {
		Set<Long> targets = new LinkedHashSet<>();
		this.organisation.selectUnits(UnitSelection.of(request.unitIds(), request.allCellsUnder()), view.scope())
			.forEach((u) -> targets.add(u.id()));
		return targets;
	}

	/** The assigning unit: holds the directive, lies above every target, in scope. */
	private Holder assigningUnit(long documentId, Long fromUnitId, Set<Long> targets, Visibility.View view,
			Caller caller) {
		List<Holder> holders = this.jdbc.sql("""
				select u.id, u.path, a.id from unit_ref u
				left join directive_assignment a on a.unit_id = u.id and a.document_id = :doc
				where u.id = (select owner_unit_id from directive_document where id = :doc) or a.id is not null
				order by u.depth desc""")
			.param("doc", documentId)
			.query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.list();
		List<String> targetPaths = this.jdbc.sql("select path from unit_ref where id = any(:ids)")
			.param("ids", targets.toArray(Long[]::new))
			.query(String.class)
			.list();
		for (Holder h : holders) {
			if (fromUnitId != null && h.unitId() != fromUnitId) {
				continue;
			}
			if ((caller.isAdmin() || view.scope().covers(h.path()))
					&& targetPaths.stream().allMatch((p) -> p.startsWith(h.path()) && !p.equals(h.path()))) {
				return h;
			}
		}
		throw RuleViolationException.onField("unitIds", "directive.assign.notBelow");
	}

	private void insert(long documentId, Holder from, List<Long> fresh, Map<ActionKind, LocalDate> dues,
			LocalDate assignedOn, String by) {
		this.jdbc
			.sql("""
					insert into directive_assignment (document_id, unit_id, from_unit_id, parent_id, assigned_on, created_by)
					select :doc, t, :from, :parent, :on, :by from unnest(cast(:ids as bigint[])) t""")
			.param("doc", documentId)
			.param("from", from.unitId())
			.param("parent", from.assignmentId())
			.param("on", assignedOn)
			.param("by", by)
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

}
