package vn.dangvu.programme.cascade;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dangvu.notification.Reminder;
import vn.dangvu.notification.ReminderSource;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.platform.security.Caller;
import vn.dangvu.platform.security.Role;
import vn.dangvu.platform.time.PageDates;
import vn.dangvu.programme.access.ProgrammeAccess;
import vn.dangvu.rules.RulesApi;

/**
 * Programme reminders (decision 0273), derived when read, only of adopted programmes: to
 * the officer of an owner unit, each open activity of that unit due within the rule's
 * window ({@value #RULE}; due today is due soon) or already overdue; to the writers of a
 * programme's unit, one line per programme counting its overdue activities and the units
 * they are late at, linking to the programme.
 */
@Component
@RequiredArgsConstructor
class ProgrammeReminders implements ReminderSource {

	static final String RULE = "programme.reminder.days-before";

	/** At most this many activity reminders. */
	static final int LIMIT = 30;

	private final JdbcClient jdbc;

	private final ProgrammeAccess access;

	private final RulesApi rules;

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> remindersFor(Caller caller, LocalDate today) {
		if (caller.scopeUnitIds().isEmpty() || !caller.hasAny(Role.COMMITTEE_OFFICE, Role.CELL_SECRETARY,
				Role.UNION_OFFICER, Role.YOUTH_OFFICER, Role.ADMIN)) {
			return List.of();
		}
		int before = this.rules.valueOn(RULE, today).asInt();
		Long[] units = caller.scopeUnitIds().toArray(Long[]::new);
		List<Reminder> out = new ArrayList<>(this.jdbc.sql("""
				select a.id, a.title, a.due_on, p.id, u.id, u.name, u.path, u.kind, u.closed_on
				from programme_activity_owner o join programme_activity a on a.id = o.activity_id
				join programme p on p.id = o.programme_id join unit_ref u on u.id = o.unit_id
				where o.unit_id = any(:units) and o.status in ('NOT_STARTED', 'IN_PROGRESS') and p.state = 'ADOPTED'
				  and a.due_on <= :soon
				order by a.due_on, a.id limit :limit""")
			.param("units", units)
			.param("soon", today.plusDays(before))
			.param("limit", LIMIT)
			.query((rs, n) -> {
				LocalDate due = rs.getObject(3, LocalDate.class);
				boolean overdue = due.isBefore(today);
				return new Reminder(overdue ? "PROGRAMME_ACTIVITY_OVERDUE" : "PROGRAMME_ACTIVITY_DUE",
						overdue ? "programme.reminder.ownOverdue" : "programme.reminder.dueSoon",
						List.of(rs.getString(2), rs.getString(6), PageDates.format(due)), due,
						overdue ? Reminder.Urgency.OVERDUE : Reminder.Urgency.DUE_SOON, rs.getLong(5),
						"/programmes/" + rs.getLong(4) + "#activity-" + rs.getLong(1));
			})
			.list());
		record Late(long programmeId, String title, ProgrammeAccess.Unit unit, long activities, long owners,
				LocalDate oldest) {
		}
		this.jdbc.sql("""
				select p.id, p.title, u.id, u.name, u.path, u.kind, u.closed_on, count(distinct a.id),
				       count(distinct o.unit_id), min(a.due_on)
				from programme p join unit_ref u on u.id = p.unit_id
				join programme_activity a on a.programme_id = p.id
				join programme_activity_owner o on o.activity_id = a.id
				where p.unit_id = any(:units) and p.state = 'ADOPTED' and a.due_on < :today
				  and o.status in ('NOT_STARTED', 'IN_PROGRESS')
				group by p.id, p.title, u.id, u.name, u.path, u.kind, u.closed_on
				order by min(a.due_on), p.id""")
			.param("units", units)
			.param("today", today)
			.query((rs, n) -> new Late(rs.getLong(1), rs.getString(2),
					new ProgrammeAccess.Unit(rs.getLong(3), rs.getString(4), rs.getString(5),
							UnitKind.valueOf(rs.getString(6)), rs.getObject(7, LocalDate.class)),
					rs.getLong(8), rs.getLong(9), rs.getObject(10, LocalDate.class)))
			.list()
			.stream()
			.filter((l) -> this.access.mayWrite(caller, l.unit()))
			.forEach((l) -> out.add(new Reminder("PROGRAMME_OVERDUE", "programme.reminder.overdue",
					List.of(l.activities(), l.owners(), l.title()), l.oldest(), Reminder.Urgency.OVERDUE, l.unit().id(),
					"/programmes/" + l.programmeId())));
		return out;
	}

}
