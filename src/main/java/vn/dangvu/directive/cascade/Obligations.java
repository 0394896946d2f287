package vn.dangvu.directive.cascade;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.directive.ActionKind;
import vn.dangvu.directive.ActionStatus;
import vn.dangvu.directive.Obligation;
import vn.dangvu.directive.visibility.Visibility;
import vn.dangvu.platform.error.NotFoundException;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.VietnamTime;
import vn.dangvu.rules.RulesApi;

/** What units have to do for the directives assigned to them, and what is due soon. */
@Service
@RequiredArgsConstructor
public class Obligations {

	public static final String REMINDER_RULE = "directive.reminder.days-before";

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final RulesApi rules;

	private final Clock clock;

	private final CascadeUnits units;

	public int daysBefore(LocalDate today) {
		return this.rules.findOn(REMINDER_RULE, today).map((v) -> v.asInt()).orElse(5);
	}

	/** Every required action of a unit (open ones first, by due date). */
	@Transactional(readOnly = true)
	public List<Obligation> obligations(long unitId, boolean openOnly, Caller caller) {
		Visibility.View view = this.visibility.of(caller);
		CascadeUnits.UnitRow unit = this.units.unit(unitId)
			.filter((u) -> view.scope().covers(u.path()))
			.orElseThrow(() -> NotFoundException.of("unit", unitId));
		LocalDate today = VietnamTime.today(this.clock);
		int daysBefore = daysBefore(today);
		return this.jdbc
			.sql("""
					select d.id, d.citation, d.summary, u.id, u.name, x.kind, x.due_on, x.done_on
					from directive_assignment a join directive_action x on x.assignment_id = a.id
					join directive_document d on d.id = a.document_id join unit_ref u on u.id = a.unit_id
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

	/**
	 * Open actions the caller should act on (for reminders): overdue or due soon in the
	 * caller's own units; and for the committee office also the actions overdue anywhere
	 * in its subtree, which it has to chase, as its tracking board shows them.
	 */
	@Transactional(readOnly = true)
	public List<Obligation> dueFor(Caller caller, LocalDate today) {
		boolean chases = caller.has(Role.COMMITTEE_OFFICE);
		if (!chases && (caller.scopeUnitIds().isEmpty() || !caller.has(Role.CELL_SECRETARY))) {
			return List.of();
		}
		int daysBefore = daysBefore(today);
		Visibility.View view = this.visibility.of(caller);
		return view.bindUnit(this.jdbc.sql("""
				select d.id, d.citation, d.summary, u.id, u.name, x.kind, x.due_on
				from directive_assignment a join directive_action x on x.assignment_id = a.id
				join directive_document d on d.id = a.document_id join unit_ref u on u.id = a.unit_id
				where x.done_on is null
				  and ((a.unit_id = any(:units) and x.due_on <= :soon)
				       or (:chases and x.due_on < :today and %s))
				order by x.due_on, u.path limit 200""".formatted(Visibility.UNIT)))
			.param("units", caller.scopeUnitIds().toArray(Long[]::new))
			.param("soon", today.plusDays(daysBefore))
			.param("today", today)
			.param("chases", chases)
			.query((rs, n) -> {
				LocalDate due = rs.getObject(7, LocalDate.class);
				return new Obligation(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
						ActionKind.valueOf(rs.getString(6)), due, null, ActionStatus.of(due, null, today, daysBefore));
			})
			.list();
	}

}
